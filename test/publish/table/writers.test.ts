import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvWriter } from '../../../src/publish/writers/csv-writer.js';
import { htmlWriter } from '../../../src/publish/writers/html-writer.js';
import { jsonWriter } from '../../../src/publish/writers/json-writer.js';
import { markdownWriter } from '../../../src/publish/writers/md-writer.js';
import { xlsxWriter } from '../../../src/publish/writers/xlsx-writer.js';
import type { PublishedTable } from '../../../src/publish/table/published-table.js';
import { schoolsTable } from './sample-table.js';

async function sheets(tables: readonly PublishedTable[]): Promise<Map<string, ExcelJS.Cell[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsxWriter({ sheet: 'Tables' }).write(tables)) as unknown as ArrayBuffer);
  const out = new Map<string, ExcelJS.Cell[][]>();
  workbook.eachSheet((sheet) => {
    const rows: ExcelJS.Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: ExcelJS.Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell));
      rows.push(cells);
    });
    out.set(sheet.name, rows);
  });
  return out;
}

const csvOf = (table: PublishedTable) => csvWriter().write([table]);
const tdText = (page: string, quantity: string, urnIndex: number) =>
  [...page.matchAll(new RegExp(`data-quantity="${quantity}">([^<]*)</td>`, 'g'))][urnIndex]?.[1];

describe('the writers', () => {
  it('writes a suppressed cell as c in every format', async () => {
    const table = schoolsTable('Castlegate');
    expect(csvOf(table).split('\n')[2]).toBe('Castlegate,3,c,x');
    expect(markdownWriter().write([table])).toContain('| Castlegate | 3 | c | x |');
    expect(tdText(htmlWriter().write([table]), 'rate', 1)).toBe('c');
    expect(JSON.parse(jsonWriter().write([table])).tables[0].rows[1]).toEqual({
      school: 'Castlegate',
      cohort: 3,
      rate: 'c',
      gap: 'x',
    });
    const rows = (await sheets([table])).get('Tables')!;
    // The last row is the key to the symbols (issue 13); the table's last row is above it.
    expect(rows.at(-2)!.map((c) => c.value)).toEqual(['Castlegate', 3, 'c', 'x']);
    expect(rows.at(-1)![0]!.value).toMatch(/^Symbols: c = suppressed .*; x = not available\.$/);
  });

  it('writes the same figures to one place, a gap signed, in md and html', () => {
    const table = schoolsTable('Castlegate');
    expect(markdownWriter().write([table])).toContain('| Beacon Hill | 183 | 76.0 | -4.0 |');
    const page = htmlWriter().write([table]);
    expect([tdText(page, 'cohort', 0), tdText(page, 'rate', 0), tdText(page, 'gap', 0)]).toEqual([
      '183',
      '76.0',
      '-4.0',
    ]);
    expect(page).toContain('<td class="num below" data-urn="110004" data-measure="ks2_rwm_l4" data-quantity="gap">');
  });

  it('neutralises a formula in a school name in csv and xlsx', async () => {
    const table = schoolsTable('=HYPERLINK("http://x.test","St Mary")');
    const [, second] = parse(csvOf(table), { from_line: 2 }) as string[][];
    expect(second![0]).toBe(`'=HYPERLINK("http://x.test","St Mary")`);
    const rows = (await sheets([table])).get('Tables')!;
    expect(rows.at(-2)![0]!.value).toBe(`'=HYPERLINK("http://x.test","St Mary")`);
    expect(rows.at(-2)![0]!.type).toBe(ExcelJS.ValueType.String);
  });

  it('keeps a negative gap a number in csv and xlsx, not neutralised into text', async () => {
    const table = schoolsTable('Castlegate');
    expect(csvOf(table).split('\n')[1]).toBe(`Beacon Hill,183,${(139 / 183) * 100},-4`);
    const gap = (await sheets([table])).get('Tables')!.at(-3)![3]!;
    expect([gap.value, gap.numFmt]).toEqual([-4, '+0.0;-0.0;0.0']);
  });

  it('quotes a csv field holding a comma, a semicolon, a tab or a quote', () => {
    const names = ['Ash, Elm', 'Ash; Elm', 'Ash\tElm', 'Ash "Elm"'];
    const lines = names.map((name) => csvOf(schoolsTable(name)).split('\n')[2]);
    expect(lines).toEqual(['"Ash, Elm",3,c,x', '"Ash; Elm",3,c,x', '"Ash\tElm",3,c,x', '"Ash ""Elm""",3,c,x']);
  });

  it('escapes a school name in md and html', () => {
    const table = schoolsTable("<b>St *Mary*'s | [Academy]</b>");
    expect(markdownWriter().write([table])).toContain(
      "| \\<b\\>St \\*Mary\\*'s \\| \\[Academy\\]\\</b\\> | 3 | c | x |",
    );
    const page = htmlWriter().write([table]);
    expect(page).toContain('<th scope="row">&lt;b&gt;St *Mary*&#39;s | [Academy]&lt;/b&gt;</th>');
    expect(page).not.toContain('<b>');
  });

  it("heads a group's columns with the group in md and xlsx, and over them in a second html row", async () => {
    const table = schoolsTable('Castlegate');
    const md = markdownWriter({ title: 'KS2', notes: ['Rates in percent.'] }).write([table]);
    expect(md.split('\n').slice(0, 8)).toEqual([
      '# KS2',
      '',
      'Rates in percent.',
      '',
      '## Schools',
      '',
      '| School | Cohort | RWM L4+ | gap |',
      '|---|---:|---:|---:|',
    ]);
    const header = (await sheets([table])).get('Tables')![2]!;
    expect(header.map((c) => c.value)).toEqual(['School', 'Cohort', 'RWM L4+', 'Gap']);
    expect(htmlWriter().write([table])).toContain(
      '<thead><tr><th scope="col" rowspan="2">School</th><th scope="col" rowspan="2" class="num">Cohort</th><th scope="colgroup" colspan="2" class="measure">RWM L4+</th></tr>\n<tr><th scope="col" class="num">%</th><th scope="col" class="num">Gap</th></tr></thead>',
    );
  });

  it('puts a tidy table on a sheet of its own, headed by codes', async () => {
    const tidy = { ...schoolsTable('Castlegate'), title: 'Data', tidy: true };
    const book = await sheets([schoolsTable('Castlegate'), tidy]);
    expect([...book.keys()]).toEqual(['Tables', 'Data']);
    expect(book.get('Data')![0]!.map((c) => c.value)).toEqual(['school', 'cohort', 'rate', 'gap']);
    expect(book.get('Data')![1]![2]!.numFmt).toBe('0.0');
  });

  it('refuses to write two tables to one csv', () => {
    const table = schoolsTable('Castlegate');
    expect(() => csvWriter().write([table, table])).toThrow(/one table/);
  });

  it('writes notes and provenance in md and html, and leaves them out of the csv', () => {
    const table: PublishedTable = {
      ...schoolsTable('Castlegate'),
      notes: { below: ['Gaps are in percentage points.'] },
      provenance: ['national_attainment.csv'],
    };
    const md = markdownWriter().write([table]);
    expect(md).toContain('\n\nGaps are in percentage points.\n\n- national\\_attainment.csv\n');
    // Under the last table, the key to the symbols it uses (issue 13), only those.
    expect(md.split('\n').at(-2)).toMatch(/^Symbols: c = suppressed .*; x = not available\.$/);
    expect(htmlWriter().write([table])).toContain('<p class="note">Gaps are in percentage points.</p>');
    expect(csvOf(table)).not.toContain('percentage points');
  });
});
