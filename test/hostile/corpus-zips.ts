// Hostile workbooks: zips that lie, bomb, repeat or damage their parts, and sheets that are too
// big for the reader. Each is a few kB on disk, written by the corpus generator, never committed.
import { rewritePart } from '../support/zip-parts.js';
import { proforma } from './returns.js';
import { rezip, writeZip, type ZipPart } from './zip-writer.js';
import type { Cases } from './corpus-case.js';

const MB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet1.xml';
const workbookXml: ZipPart = { name: 'xl/workbook.xml', data: '<workbook/>' };
const sheetXml = (bytes: Uint8Array, edit: (xml: string) => string) => rewritePart(bytes, SHEET, edit);
const mergeXml = (refs: readonly string[]) =>
  `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;
const withMerges = (xml: string, refs: readonly string[]) =>
  xml.replace('</sheetData>', `</sheetData>${mergeXml(refs)}`);

export const zipCases: Cases = {
  // 100 MB of zeros, declared honestly: refused on the declared size, before inflating.
  'zip-bomb-declared.xlsx': async (urn) =>
    rezip(await proforma(urn), (p) => [...p, { name: 'xl/media/zeros.bin', data: Buffer.alloc(100 * MB) }]),
  // The same declared as 1 kB: inflated, and stopped at the ratio a bomb has.
  'zip-bomb-lying.xlsx': async (urn) =>
    rezip(await proforma(urn), (p) => [
      ...p,
      { name: 'xl/media/zeros.bin', data: Buffer.alloc(100 * MB), declaredSize: 1024 },
    ]),
  // 60 parts of 1 MB each (each under the size the ratio is held from), each declared as 1 byte.
  'zip-lying-sizes.xlsx': async (urn) =>
    rezip(await proforma(urn), (p) => [
      ...p,
      ...Array.from({ length: 60 }, (_, i) => ({
        name: `xl/media/z${i}.bin`,
        data: Buffer.alloc(MB),
        declaredSize: 1,
      })),
    ]),
  'zip-too-many-parts.xlsx': async (urn) =>
    rezip(await proforma(urn), (p) => [
      ...p,
      ...Array.from({ length: 2000 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: 'x', deflate: false })),
    ]),
  'zip-duplicate-name.xlsx': async (urn) =>
    rezip(await proforma(urn), (p) => [...p, { name: SHEET, data: '<worksheet/>' }]),
  'zip-bad-crc.xlsx': async (urn) =>
    rezip(await proforma(urn), (p) => p.map((x) => (x.name === SHEET ? { ...x, deflate: false, crc: 1 } : x))),
  'zip-size-mismatch.xlsx': async (urn) =>
    rezip(await proforma(urn), (p) => p.map((x) => (x.name === 'xl/styles.xml' ? { ...x, declaredSize: 3 } : x))),
  // Compression method 12 (bzip2), which Excel never writes.
  'zip-unknown-method.xlsx': () => {
    const zip = writeZip([workbookXml]);
    zip.writeUInt16LE(12, 8);
    zip.writeUInt16LE(12, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    return zip;
  },
  'zip-no-workbook.xlsx': () => writeZip([{ name: 'word/document.xml', data: '<w:document/>' }]),
  'zip-empty.xlsx': () => writeZip([]),
  'zip-truncated-half.xlsx': async (urn) => {
    const whole = await proforma(urn);
    return whole.subarray(0, whole.length >> 1);
  },
  'zip-truncated-header.xlsx': async (urn) => (await proforma(urn)).subarray(0, 100),
  // Garbage where a deflated stream should be.
  'zip-broken-deflate.xlsx': async (urn) =>
    rezip(await proforma(urn), (p) =>
      p.map((x) => (x.name === SHEET ? { ...x, raw: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x13]) } : x)),
    ),
  // A part stored whole and sound by its CRC, whose bytes are not XML.
  'zip-part-not-xml.xlsx': async (urn) =>
    rezip(await proforma(urn), (p) =>
      p.map((x) => (x.name === SHEET ? { ...x, data: '\u0001\u0002 not xml', deflate: false } : x)),
    ),
  'sheet-merge-whole-sheet.xlsx': async (urn) => sheetXml(await proforma(urn), (x) => withMerges(x, ['A1:XFD1048576'])),
  'sheet-merge-huge-column.xlsx': async (urn) => sheetXml(await proforma(urn), (x) => withMerges(x, ['Z1:Z1048576'])),
  'sheet-many-merges.xlsx': async (urn) =>
    sheetXml(await proforma(urn), (x) =>
      withMerges(
        x,
        Array.from({ length: 1500 }, (_, i) => `J${i + 20}:K${i + 20}`),
      ),
    ),
  'sheet-merged-over-values.xlsx': async (urn) => proforma(urn, { merges: ['C9:E9'] }),
  'sheet-merged-in-header.xlsx': async (urn) => proforma(urn, { merges: ['B2:D2'] }),
  // 250,000 empty cells in rows below the table.
  'sheet-too-many-cells.xlsx': async (urn) =>
    sheetXml(await proforma(urn), (x) => {
      const rows = Array.from({ length: 2500 }, (_, r) => {
        const n = r + 100;
        return `<row r="${n}">${Array.from({ length: 100 }, (_, c) => `<c r="${colName(c)}${n}"/>`).join('')}</row>`;
      });
      return x.replace('</sheetData>', `${rows.join('')}</sheetData>`);
    }),
  'sheet-column-1001.xlsx': async (urn) => proforma(urn, { cells: { ALM20: 5 } }),
  'sheet-cell-40000-chars.xlsx': async (urn) => proforma(urn, { cells: { H20: 'x'.repeat(40_000) } }),
  // A shared-string index past the table of strings: exceljs fails on it (pitfalls.md).
  'sheet-bad-shared-string.xlsx': async (urn) =>
    sheetXml(await proforma(urn), (x) =>
      x.replace(/<c r="A8"([^>]*)t="s"([^>]*)><v>\d+<\/v>/, '<c r="A8"$1t="s"$2><v>99999</v>'),
    ),
  'sheet-broken-xml.xlsx': async (urn) => sheetXml(await proforma(urn), (x) => x.replace('</sheetData>', '<row><c')),
  // Validation and conditional formats over whole columns made exceljs hang (pitfalls.md): ignored.
  'sheet-whole-column-validation.xlsx': async (urn) =>
    sheetXml(await proforma(urn), (x) =>
      x.replace(
        '</worksheet>',
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>' +
          '<dataValidations count="1"><dataValidation type="whole" sqref="B1:Z1048576"><formula1>0</formula1></dataValidation></dataValidations></worksheet>',
      ),
    ),
};

function colName(c: number): string {
  return c < 26
    ? String.fromCharCode(65 + c)
    : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26));
}
