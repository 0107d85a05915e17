// What a file really is, from its first bytes and its zip directory, before any parsing
// (pitfalls.md, "Not a zip" and "No decompression limit"), and the refusal the user reads.
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { readSource } from '../../../src/ingest/read/reader.js';
import { sniffFile } from '../../../src/ingest/read/sniff-file.js';
import { source } from '../../support/source.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { checkZip } from '../../../src/ingest/read/zip-precheck.js';
import { gist, gistOf } from '../../messages/expect-message.js';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file: the header, then a directory entry named `stream` in UTF-16LE. */
function oleFile(stream: string): Buffer {
  const bytes = Buffer.alloc(2048);
  Buffer.from(OLE).copy(bytes);
  Buffer.from(stream, 'utf16le').copy(bytes, 1024);
  return bytes;
}

async function refusal(name: string, bytes: Uint8Array | string) {
  const read = await readSource(source(name, bytes));
  expect(read.ok).toBe(false);
  const [only, ...more] = read.ok ? [] : read.messages;
  expect(more).toEqual([]);
  return only!;
}

describe('sniffFile', () => {
  it('takes a UTF-16 text file with its byte order mark as a CSV', () => {
    expect(sniffFile(Buffer.from([0xff, 0xfe, 0x75, 0x00, 0x72, 0x00, 0x6e, 0x00]), 'export.csv')).toEqual({
      kind: 'csv',
    });
  });

  it('refuses bytes that are neither a workbook nor text, and says what to do', async () => {
    const m = await refusal('return.csv', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfa, 0xfb]));
    expect(gist(m)).toEqual(gistOf('file.not-a-return', {}, { actual: 'a binary file of an unknown kind' }));
  });

  it('refuses an old .xls and says to save as .xlsx', async () => {
    const m = await refusal('ks2.xls', oleFile('Workbook'));
    expect(gist(m)).toEqual(gistOf('file.xls', {}));
    // The one check here of the words the user reads: what to do with the file.
    expect(m.text).toContain('save it as "Excel Workbook (.xlsx)"');
  });

  it('refuses a password-protected workbook, known by its EncryptedPackage stream', async () => {
    const m = await refusal('ks2.xlsx', oleFile('EncryptedPackage'));
    expect(gist(m)).toEqual(gistOf('file.encrypted', {}));
  });

  it('refuses a CSV file named .xlsx and says what it is', async () => {
    const m = await refusal('ks2.xlsx', 'urn,academic_year\r\n110001,2014/15\r\n');
    expect(gist(m)).toEqual(gistOf('file.misnamed', {}, { actual: 'a text (CSV) file' }));
  });

  it('refuses an HTML page named .xlsx (a web export saved under the wrong name)', async () => {
    const m = await refusal(
      'ks2.xlsx',
      '<!DOCTYPE html>\n<html><body><table><tr><td>URN</td></tr></table></body></html>',
    );
    expect(gist(m)).toEqual(gistOf('file.misnamed', {}, { actual: 'an HTML page' }));
  });

  it('refuses an empty file', async () => {
    const m = await refusal('ks2.xlsx', new Uint8Array(0));
    expect(gist(m)).toEqual(gistOf('file.empty', {}));
  });

  it('refuses a PDF, named as a workbook or not', async () => {
    const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1');
    expect(gist(await refusal('ks2.xlsx', pdf))).toEqual(gistOf('file.misnamed', {}, { actual: 'a PDF document' }));
    expect(gist(await refusal('ks2.csv', pdf))).toEqual(gistOf('file.not-a-return', {}, { actual: 'a PDF document' }));
  });

  it('refuses a workbook named .csv', async () => {
    const m = await refusal('ks2.csv', await proformaWorkbook());
    expect(gist(m)).toEqual(gistOf('file.not-a-return', {}, { actual: 'a zip or workbook named .csv' }));
  });

  it('passes a real workbook to the xlsx reader and text to the CSV reader, whatever the case of the extension', async () => {
    expect(sniffFile(await proformaWorkbook(), 'KS2.XLSX')).toEqual({ kind: 'xlsx' });
    expect(sniffFile(Buffer.from('urn;cohort\r\n110001;58\r\n'), 'bulk.CSV')).toEqual({ kind: 'csv' });
  });
});

describe('checkZip', () => {
  it('accepts a whole workbook', async () => {
    expect(checkZip(await proformaWorkbook())).toMatchObject({ ok: true });
  });

  it('finds a workbook cut short (the first half of a real one) truncated, and the import says to send it again', async () => {
    const whole = await proformaWorkbook();
    const half = whole.subarray(0, Math.floor(whole.length / 2));
    expect(checkZip(half)).toEqual({ ok: false, problem: 'truncated' });
    const read = await readSource(source('ks2.xlsx', half));
    expect(read.ok ? [] : read.messages.map(gist)).toEqual([gistOf('file.truncated', {})]);
  });

  it('refuses a zip with no workbook in it (a .docx, a folder zipped up) as misnamed', async () => {
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    expect(checkZip(zip)).toEqual({ ok: false, problem: 'not-a-workbook' });
    const read = await readSource(source('ks2.xlsx', zip));
    expect(read.ok ? [] : read.messages.map(gist)).toEqual([
      gistOf('file.misnamed', {}, { actual: 'a zip archive without a workbook in it' }),
    ]);
  });

  it('refuses a zip of more parts than a workbook has, and says so rather than quoting its size', async () => {
    const parts = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`xl/part${i}.xml`, new Uint8Array(1)]));
    const zip = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>'), ...parts });
    const m = await refusal('ks2.xlsx', zip);
    // 2,001 parts and the workbook itself.
    expect(gist(m)).toEqual(gistOf('file.too-many-parts', {}, { parts: 2002, limit: 2000 }));
  });

  it('refuses a zip that declares more than 50 MB once expanded, before inflating it', () => {
    // A one-entry zip whose central directory declares 60 MB uncompressed (the field at +24).
    const zip = Buffer.from(zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') }));
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(60 * 1024 * 1024, central + 24);
    expect(checkZip(zip)).toMatchObject({ ok: false, problem: 'too-large', uncompressedBytes: 60 * 1024 * 1024 });
  });
});
