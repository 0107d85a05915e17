// CSV bytes to rows: BOM, UTF-8 or Windows-1252 through iconv-lite (pitfalls.md: Node's own
// decoder turns 0x80-0x9F into control characters), the delimiter from the header line, every
// line a row numbered as in the file, and what cannot be parsed refused with the line to look at.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter } from '../../../src/ingest/read/decode-text.js';
import { readCsvSync } from '../../../src/ingest/read/csv-reader.js';
import { source } from '../../support/source.js';
import { gist, gistOf } from '../../messages/expect-message.js';

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark, so the first heading is "urn", not "\\uFEFFurn"', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('urn,cohort\r\n', 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: 'urn,cohort\r\n', encoding: 'utf-8' });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from('St Mary’s, Zoë', 'utf8'))).toEqual({ text: 'St Mary’s, Zoë', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252: 0x92 is ’ (U+2019), not a control character', () => {
    const bytes = Buffer.from([0x53, 0x74, 0x20, 0x4d, 0x61, 0x72, 0x79, 0x92, 0x73]);
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ text: 'St Mary\u2019s', encoding: 'windows-1252' });
    expect(decodeText(iconv.encode('“Zoë” – 5€', 'windows-1252')).text).toBe('“Zoë” – 5€');
  });
});

describe('UTF-16 text (Excel\'s "Unicode Text", some MIS exports)', () => {
  const text = 'urn\tschool\r\n110003\tSt Mary’s\r\n';
  it('decodes little- and big-endian UTF-16 from their byte order marks', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16' });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16' });
  });

  it("reads it as a tab-separated CSV, the school's apostrophe intact", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const read = readCsvSync(source('export.csv', bytes));
    expect(read.ok && read.book.sheets[0]!.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      ['urn', 'school'],
      ['110003', 'St Mary’s'],
    ]);
  });
});

describe('detectDelimiter', () => {
  it('finds tabs (Excel\'s "Unicode Text")', () => {
    expect(detectDelimiter('urn\tacademic_year\tcohort\r\n')).toBe('\t');
  });

  it('finds semicolons (Excel in a European locale) and commas from the header line', () => {
    expect(detectDelimiter('urn;academic_year;cohort\r\n110001;2014/15;"1,5"\r\n')).toBe(';');
    expect(detectDelimiter('urn,academic_year,cohort\n110001;a;b;c;d\n')).toBe(',');
  });

  it('does not count separators inside quotes', () => {
    expect(detectDelimiter('"a;b;c;d",x,y\n')).toBe(',');
  });
});

describe('readCsvSync', () => {
  it('refuses an unclosed quote as csv.malformed, naming the line where the quote opens', () => {
    const text = 'urn,pupil_group,cohort\r\n110001,All pupils,58\r\n110001,"Boys,30\r\n110001,Girls,28\r\n';
    const read = readCsvSync(source('bulk.csv', text));
    expect(read.ok).toBe(false);
    const [m] = read.ok ? [] : read.messages;
    expect(gist(m!)).toEqual(
      gistOf('csv.malformed', { line: 3 }, { detail: 'a quote opened on this line is never closed' }),
    );
  });

  it('refuses text after a closing quote as csv.malformed on its line', () => {
    const read = readCsvSync(
      source('bulk.csv', 'urn,pupil_group,cohort\n110001,"Boys" and girls,30\n110001,Girls,28\n'),
    );
    const [m] = read.ok ? [] : read.messages;
    expect(m).toMatchObject({ ruleId: 'csv.malformed', place: { line: 2 } });
  });

  it('numbers rows by their line in the file, skipping blank lines, and trims cells', () => {
    const read = readCsvSync(source('a.csv', 'urn,cohort\r\n\r\n 110001 , 58\r\n,\r\n110002,\r\n'));
    expect(read.ok && read.book.sheets[0]!.rows).toEqual([
      {
        number: 1,
        cells: [
          { kind: 'text', value: 'urn' },
          { kind: 'text', value: 'cohort' },
        ],
      },
      {
        number: 3,
        cells: [
          { kind: 'text', value: '110001' },
          { kind: 'text', value: '58' },
        ],
      },
      { number: 5, cells: [{ kind: 'text', value: '110002' }, { kind: 'blank' }] },
    ]);
  });

  it('numbers a row by the line it starts on when a quoted comment runs over several lines', () => {
    const read = readCsvSync(
      source('a.csv', 'urn,comment,cohort\n110001,"new pupils\nsince\nSeptember",58\n110002,none,30\n'),
    );
    expect(read.ok && read.book.sheets[0]!.rows.map((r) => r.number)).toEqual([1, 2, 5]);
  });

  it('reads lines ended \\r\\r\\n (converted twice) as one line each, numbered as such', () => {
    const read = readCsvSync(source('a.csv', 'urn,cohort\r\r\n110001,58\r\r\n110002,30\r\r\n'));
    expect(
      read.ok &&
        read.book.sheets[0]!.rows.map((r) => [r.number, r.cells.map((c) => (c.kind === 'text' ? c.value : ''))]),
    ).toEqual([
      [1, ['urn', 'cohort']],
      [2, ['110001', '58']],
      [3, ['110002', '30']],
    ]);
  });

  it('marks the cells of a semicolon CSV as written with a decimal comma', () => {
    const read = readCsvSync(source('a.csv', 'urn;progress_8\n110001;0,145\n'));
    expect(read.ok && read.book.sheets[0]!.rows[1]!.cells[1]).toEqual({
      kind: 'text',
      value: '0,145',
      decimalComma: true,
    });
  });

  it('warns that a Windows-1252 file was read as such', () => {
    const read = readCsvSync(source('a.csv', iconv.encode('name\r\nSt Mary’s\r\n', 'windows-1252')));
    expect(read.ok && read.book.sheets[0]!.rows[1]!.cells[0]).toEqual({ kind: 'text', value: 'St Mary’s' });
    expect(read.messages?.map((m) => [m.ruleId, m.severity])).toEqual([['csv.windows-1252', 'warning']]);
  });
});
