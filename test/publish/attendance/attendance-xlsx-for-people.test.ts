// The attendance workbook is laid out for a person (issue 13): its first sheet has the report's
// title and notes, then the markdown's tables (schools ranked, the city, phases and groups) under
// labelled headings, every column wide enough for its heading and figures, rates to one decimal
// and gaps signed; the tidy data follows on a sheet of its own, filtered. The predictions
// workbook's columns are likewise wide enough that no heading is cut.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { attendanceXlsx } from '../../../src/publish/attendance/attendance-writers.js';
import { predictionsXlsx } from '../../../src/publish/predictions/predictions-xlsx.js';
import { report, row } from '../html/report-fixture.js';
import { attendanceFixture } from './attendance-fixture.js';

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

/** A column's width in characters; exceljs leaves out a width of 9, its default, which Excel reads as 8.43. */
const widthOf = (sheet: ExcelJS.Worksheet, column: number) => sheet.getColumn(column).width ?? 8.43;
const texts = (r: ExcelJS.Row) => (r.values as unknown[]).slice(1).map((v) => (v === undefined ? null : v));
const rowStarting = (sheet: ExcelJS.Worksheet, first: unknown) => {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((r) => {
    if (!found && r.getCell(1).value === first) found = r;
  });
  return found!;
};

describe('the attendance workbook for a person', async () => {
  const fixture = attendanceFixture({ returned: 'Ash Primary', missing: 'Birch Primary', group: 'North' });
  const workbook = await workbookOf(await attendanceXlsx(fixture, catalogue()));
  const sheet = workbook.getWorksheet('Attendance')!;

  it("opens with the report's title, large and bold, and its notes", () => {
    expect(sheet.getCell('A1').value).toBe('Attendance 2015/16, Autumn term');
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(String(sheet.getCell('A2').value)).toMatch(/^Rank 1 = lowest absence/);
  });

  it('ranks the schools under labelled headings, as the markdown does, not codes', () => {
    const heading = rowStarting(sheet, 'Rank');
    expect(texts(heading).slice(0, 6)).toEqual([
      'Rank',
      'School',
      'Phase',
      'Collaborative group',
      'Overall absence %',
      'Gap to national',
    ]);
    expect(heading.font).toMatchObject({ bold: true });
    const ash = sheet.getRow(heading.number + 1);
    expect(texts(ash).slice(0, 6)).toEqual([1, 'Ash Primary', 'primary', 'North', 5, 0.4]);
    expect(ash.getCell(5).numFmt).toBe('0.0');
    expect(ash.getCell(6).numFmt).toBe('+0.0;-0.0;0.0');
    expect(texts(rowStarting(sheet, 'Area')).slice(0, 3)).toEqual(['Area', 'Schools returned', 'Overall absence %']);
  });

  it('makes every column of the tables wide enough for its heading and figures', () => {
    const heading = rowStarting(sheet, 'Rank');
    heading.eachCell((cell, column) => {
      expect(widthOf(sheet, column), String(cell.value)).toBeGreaterThanOrEqual(String(cell.value).length);
    });
    expect(widthOf(sheet, 2)).toBeGreaterThanOrEqual('Ash Primary'.length);
  });

  it('puts the tidy data on its own sheet, headed by codes, frozen and filtered', () => {
    const data = workbook.getWorksheet('Data')!;
    expect(data.getCell('A1').value).toBe('level');
    expect(data.views).toMatchObject([{ state: 'frozen', ySplit: 1 }]);
    expect(String(data.autoFilter)).toMatch(/^A1:[A-Z]+1$/);
    expect(widthOf(data, 3)).toBeGreaterThanOrEqual('Ash Primary'.length);
  });
});

describe('the predictions workbook', () => {
  it('cuts no heading: each column is as wide as its heading', async () => {
    const rows = [row('city', '874', 'all', 75, -5), row('city', '874', 'disadv', 60, -10)];
    const workbook = await workbookOf(await predictionsXlsx(report(rows), catalogue()));
    const sheet = workbook.worksheets[0]!;
    const heading = rowStarting(sheet, 'Pupil group');
    heading.eachCell((cell, column) => {
      expect(widthOf(sheet, column), String(cell.value)).toBeGreaterThanOrEqual(String(cell.value).length);
    });
  });
});
