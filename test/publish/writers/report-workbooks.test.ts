// Every report that has md or csv has an xlsx too, and each opens as a formatted table (issue 13,
// item 5): the report's title, large and bold; the source and date line; headings in words, never
// a catalogue code; every column as wide as its heading; figures as numbers with one or two places
// and a signed gap; a gap inked better or worse as the HTML inks it; the one table of a sheet
// frozen under its headings and filtered; the tidy rows on Data, frozen and filtered, each code
// with its label beside it. --level is honoured in the xlsx as in the md. Read back with exceljs.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { attendanceXlsx } from '../../../src/publish/attendance/attendance-writers.js';
import { predictionsXlsx } from '../../../src/publish/predictions/predictions-xlsx.js';
import { GAP_INK } from '../../../src/publish/writers/xlsx-writer.js';
import { attendanceFixture } from '../attendance/attendance-fixture.js';
import { report, row } from '../html/report-fixture.js';
import { cli } from '../../cli/run-cli.js';
import { resultsCity } from '../ees/results-city.js';
import { SCOPE, type HtmlCity } from '../html/html-city.js';

let city: HtmlCity;
const books = new Map<string, ExcelJS.Workbook>();

const KS2 = ['--key-stage', 'KS2', '--round', 'Autumn'];
/** Each report with its title, the heading of a figure column in its first table, and that column's format. */
const REPORTS = {
  accuracy: {
    args: ['report', 'accuracy', '--year', '2014/15', ...KS2, '--level', 'city,school'],
    title: 'KS2 2014/15: Autumn predictions against actual results',
    figures: { Predicted: '0.0', Difference: '+0.0;-0.0;0.0' },
  },
  concern: {
    args: ['report', 'attendance-concern', '--year', '2014/15', '--term', 'Autumn'],
    title: 'Schools of greatest attendance concern, 2014/15 Autumn term',
    figures: { Score: '0.0' },
  },
  backtest: {
    args: ['report', 'forecast', '--backtest', ...KS2],
    title: 'KS2 forecast backtest: each year forecast from the years before it, Autumn round',
    figures: { 'Predictions, MAE': '0.00' },
  },
  if_achieved: {
    args: ['report', 'if-achieved', ...SCOPE],
    title: 'KS2 2014/15, Autumn round: if the predictions are achieved',
    figures: { Predicted: '0.0', 'Gap if achieved': '+0.0;-0.0;0.0' },
  },
  rounds: {
    args: ['report', 'predictions', ...SCOPE, '--compare', 'Autumn,Spring', '--level', 'city,group'],
    title: 'KS2 2014/15: Autumn and Spring predictions side by side',
    figures: { Autumn: '0.0', Change: '+0.0;-0.0;0.0' },
  },
} as const;
type Name = keyof typeof REPORTS;
const NAMES = Object.keys(REPORTS) as Name[];

async function xlsxOf(name: string, args: readonly string[]): Promise<ExcelJS.Workbook> {
  const out = join(city.dir, `${name}.xlsx`);
  const run = await cli([...args, '--format', 'xlsx', '--out', out, '--db', city.db]);
  expect(run.code, run.err.join('\n')).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  return book;
}

beforeAll(async () => {
  city = await resultsCity();
  for (const name of NAMES) books.set(name, await xlsxOf(name, REPORTS[name].args));
}, 120_000);
afterAll(() => city?.cleanup());

const valuesOf = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
/** A column's width in characters; exceljs leaves out a width of 9, its default. */
const widthOf = (sheet: ExcelJS.Worksheet, column: number) => sheet.getColumn(column).width ?? 9;
/** The first table's header row: the first bold row of more than one cell. */
function headerOf(sheet: ExcelJS.Worksheet): ExcelJS.Row {
  for (let n = 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (row.font?.bold && valuesOf(row).filter((v) => v !== undefined).length > 1) return row;
  }
  throw new Error(`${sheet.name} has no header row`);
}
const SNAKE = /^[a-z0-9]+(_[a-z0-9]+)+$/;
const cat = catalogue();
const CODES = new Set([...cat.pupilGroups.map((g) => g.code), ...cat.measures.map((m) => m.code)]);

describe('every report as xlsx, read back', () => {
  it.each(NAMES)("%s: opens with the report's title, large and bold, and the source and date", (name) => {
    const sheet = books.get(name)!.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe(REPORTS[name].title);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    const lines = sheet.getColumn(1).values.filter((v) => typeof v === 'string') as string[];
    expect(lines).toContain(
      "Source: Kingsmere's school returns, from the school-returns store. Made 2026-11-22 09:00 UTC.",
    );
  });

  it.each(NAMES)('%s: headed in words, every column as wide as its heading, never a code', (name) => {
    const sheet = books.get(name)!.worksheets[0]!;
    const header = headerOf(sheet);
    valuesOf(header).forEach((heading, i) => {
      expect(SNAKE.test(String(heading)), String(heading)).toBe(false);
      expect(widthOf(sheet, i + 1), String(heading)).toBeGreaterThanOrEqual(String(heading).length);
    });
    const codes: string[] = [];
    sheet.eachRow((row) => valuesOf(row).forEach((v) => typeof v === 'string' && CODES.has(v) && codes.push(v)));
    expect(codes).toEqual([]);
  });

  it.each(NAMES)('%s: figures are numbers, shown to their places, a gap signed', (name) => {
    const sheet = books.get(name)!.worksheets[0]!;
    const header = headerOf(sheet);
    const first = sheet.getRow(header.number + 1);
    for (const [heading, format] of Object.entries(REPORTS[name].figures)) {
      const column = valuesOf(header).indexOf(heading) + 1;
      expect(column, heading).toBeGreaterThan(0);
      expect(typeof first.getCell(column).value, heading).toBe('number');
      expect(first.getCell(column).numFmt, heading).toBe(format);
    }
  });

  it.each(NAMES)('%s: the tidy rows on Data, frozen and filtered, each code with its label', (name) => {
    const data = books.get(name)!.getWorksheet('Data')!;
    expect(data.views).toMatchObject([{ state: 'frozen', ySplit: 1 }]);
    expect(String(data.autoFilter)).toMatch(/^A1:[A-Z]+1$/);
    const codes = valuesOf(data.getRow(1)) as string[];
    for (const code of ['pupil_group', 'measure'].filter((c) => codes.includes(c)))
      expect(codes[codes.indexOf(code) + 1]).toBe(`${code}_label`);
  });

  it.each(['concern', 'if_achieved', 'rounds'] as const)(
    '%s: the sheet of one table keeps its headings in sight and filters them',
    (name) => {
      const sheet = books.get(name)!.worksheets[0]!;
      const header = headerOf(sheet).number;
      expect(sheet.views).toMatchObject([{ state: 'frozen', ySplit: header }]);
      expect(String(sheet.autoFilter)).toMatch(new RegExp(`^A${header}:[A-Z]+\\d+$`));
    },
  );

  it('inks a gap by what it means, as the HTML does; a difference of predicted from actual is left plain', () => {
    // If achieved: the city's disadvantaged RWM L4+ falls 60 → 59 (worse); Alder's rises 60 → 66.7 (better).
    const sheet = books.get('if_achieved')!.worksheets[0]!;
    const header = headerOf(sheet);
    const change = valuesOf(header).indexOf('Change') + 1;
    const rowOf = (area: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((r) => {
        if (!found && r.getCell(1).value === area && r.getCell(3).value === 'RWM L4+') found = r;
      });
      return found!;
    };
    expect(rowOf('City: Kingsmere').getCell(change)).toMatchObject({
      value: -1,
      font: { color: { argb: `FF${GAP_INK.worse}` } },
    });
    expect(rowOf('School: Alder Primary (URN 110001)').getCell(change)).toMatchObject({
      value: 6.7,
      font: { color: { argb: `FF${GAP_INK.better}` } },
    });
    // Accuracy: Alder predicted 46 of 58 (79.3%) reaching RWM L4+ and 45 did (77.6%): +1.7, neither better nor worse.
    const accuracy = books.get('accuracy')!.worksheets[0]!;
    const difference = valuesOf(headerOf(accuracy)).indexOf('Difference') + 1;
    const rwm = accuracy.getRow(headerOf(accuracy).number + 1);
    expect([rwm.getCell(difference).value, rwm.getCell(difference).font?.color?.argb]).toEqual([1.7, undefined]);
  });

  it("inks better and worse in the HTML's colours", async () => {
    const { readFile } = await import('node:fs/promises');
    const css = await readFile(new URL('../../../src/publish/html/report-css.ts', import.meta.url), 'utf8');
    expect(css.toLowerCase()).toContain(`--above: #${GAP_INK.better.toLowerCase()}`);
    expect(css.toLowerCase()).toContain(`--below: #${GAP_INK.worse.toLowerCase()}`);
  });
});

describe('--level in the accuracy xlsx and md', () => {
  it('writes the tables of the levels asked for, and no other', async () => {
    const book = await xlsxOf('accuracy-group', [
      'report',
      'accuracy',
      '--year',
      '2014/15',
      ...KS2,
      '--level',
      'group',
    ]);
    const firsts = book.worksheets[0]!.getColumn(1).values;
    expect(firsts).toContain('Collaborative groups');
    expect(firsts).not.toContain('City');
    expect(firsts).not.toContain('Schools');
    const levels = book.getWorksheet('Data')!.getColumn(1).values.slice(2);
    expect(new Set(levels)).toEqual(new Set(['group']));
    const md = await cli([
      'report',
      'accuracy',
      '--year',
      '2014/15',
      ...KS2,
      '--level',
      'group',
      '--format',
      'md',
      '--db',
      city.db,
    ]);
    expect(md.out.join('\n')).toContain('## Collaborative groups');
    expect(md.out.join('\n')).not.toContain('## City');
  });

  it("leaves the backtest's city table out when the city is not asked for", async () => {
    const args = ['report', 'forecast', '--backtest', ...KS2, '--level', 'group', '--format', 'md', '--db', city.db];
    const md = (await cli(args)).out.join('\n');
    expect(md).toContain('| 2014/15 | 2013/14 | Collaborative groups |');
    expect(md).not.toContain('City, all pupils');
  });
});

describe('the workbooks that were formatted already', () => {
  it('carry the same source and date line under their notes', async () => {
    const source = { from: "Kingsmere's school returns", at: new Date('2026-11-22T09:00:00Z') };
    const names = { returned: 'Ash Primary', missing: 'Birch Primary', group: 'North' };
    const written = [
      await predictionsXlsx(report([row('city', '874', 'all', 75, -5)]), cat, source),
      await attendanceXlsx(attendanceFixture(names), cat, source),
    ];
    for (const bytes of written) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(bytes) as never);
      expect(book.worksheets[0]!.getColumn(1).values).toContain(
        "Source: Kingsmere's school returns. Made 2026-11-22 09:00 UTC.",
      );
    }
  });
});
