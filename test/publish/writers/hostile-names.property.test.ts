// Issue 11, item 3: outputs are inert whatever the input. Random names built from the characters
// that do harm (control characters, line breaks, separators of every locale, quotes, a leading
// formula character, markdown and HTML markup) go through every writer, and each output is read
// back as its reader would: the csv by a csv parser, the xlsx by exceljs, the md row by row, the
// html by the browser's rules. Each shows the name's visible text, and nothing more.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/domain/printable.js';
import { text, type PublishedTable } from '../../../src/publish/table/published-table.js';
import { csvWriter } from '../../../src/publish/writers/csv-writer.js';
import { htmlWriter } from '../../../src/publish/writers/html-writer.js';
import { jsonWriter } from '../../../src/publish/writers/json-writer.js';
import { markdownWriter } from '../../../src/publish/writers/md-writer.js';
import { xlsxWriter } from '../../../src/publish/writers/xlsx-writer.js';

const harmful = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u009b',
  '\r',
  '\n',
  '\t',
  ',',
  ';',
  '|',
  '"',
  "'",
  '=',
  '+',
  '-',
  '@',
];
const markup = ['<script>alert(1)</script>', '*x*', '_y_', '[a](b)', '`c`', '&amp;', '\\', ' '];
const name = fc
  .array(fc.oneof(fc.constantFrom(...harmful, ...markup), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

const table = (names: readonly string[]): PublishedTable => ({
  id: 'schools',
  title: 'Schools',
  columns: [
    { code: 'school', heading: 'School', kind: 'text' },
    { code: 'pupils', heading: 'Pupils', kind: 'count', decimals: 0 },
  ],
  rows: names.map((n, i) => ({ cells: [text(n), i] })),
});

// No C0 control but tab and line breaks, no DEL, no C1 control.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const FORMULA_START = /^[=+\-@\t\r]/;

describe('every writer, for hostile names', () => {
  it('csv: each row parses back to two fields, the name as printable text, never a live formula', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), (names) => {
        const csv = csvWriter().write([table(names)]);
        expect(CONTROL.test(csv)).toBe(false);
        const rows = parse(csv, { relax_quotes: false }) as string[][];
        expect(rows.slice(1).map((r) => r.length)).toEqual(names.map(() => 2));
        rows.slice(1).forEach(([field], i) => {
          expect(FORMULA_START.test(field!)).toBe(false);
          // The name as shown, but for a ' put before a formula character.
          expect(field!.replaceAll("'", '')).toBe(printable(names[i]!).replaceAll("'", ''));
        });
        // Split at every separator, as a spreadsheet might whatever the quotes: no piece starts a formula.
        for (const piece of csv.split(/[,;\t\n]/)) expect(/^\s*"?\s*[=+@-]/.test(piece)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('md: one table row a name, whatever breaks or bars it holds, and no control character', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), (names) => {
        const md = markdownWriter({ title: 'T' }).write([table(names)]);
        expect(CONTROL.test(md)).toBe(false);
        const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| School'));
        expect(rows).toHaveLength(names.length);
        // Two cells a row: every | of a name is escaped.
        for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(4);
      }),
      { numRuns: 200 },
    );
  });

  it('html: no tag or control character from a name, its text escaped', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), (names) => {
        const page = htmlWriter({ heading: { title: 'T' } }).write([table(names)]);
        expect(CONTROL.test(page)).toBe(false);
        expect(page).not.toMatch(/<script/i);
        expect(page.match(/<tr/g)?.length).toBe(names.length + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('json: parses back to the names as given', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), (names) => {
        const json = JSON.parse(jsonWriter().write([table(names)])) as unknown;
        expect(JSON.stringify(json)).toContain(JSON.stringify(names[0]!).slice(1, -1));
      }),
      { numRuns: 100 },
    );
  });

  it('xlsx: every name a string cell, printable, never a formula', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 3 }), async (names) => {
        const bytes = await xlsxWriter({ sheet: 'Schools' }).write([table(names)]);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        const cells: unknown[] = [];
        workbook.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
        for (const value of cells) {
          expect(typeof value === 'object' && value !== null && 'formula' in value).toBe(false);
          if (typeof value === 'string') {
            expect(CONTROL.test(value)).toBe(false);
            expect(FORMULA_START.test(value)).toBe(false);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
