// The attendance workbook, through the one xlsx writer: the tidy table on a sheet named
// Data (after the person's sheet, Attendance), headed by codes with that row frozen, each target rating filled in its colour
// (rating-colours.ts: red B2182B with white words, amber F6C141 with near-black words), and a
// school name that would run as a formula neutralised.
import { benchmarkColumns } from '../../../src/publish/attendance/attendance-benchmark-columns.js';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { attendanceXlsx } from '../../../src/publish/attendance/attendance-writers.js';
import { attendanceTableColumns } from '../../../src/publish/attendance/table-columns.js';
import { attendanceFixture } from './attendance-fixture.js';

async function sheetOf(name: string): Promise<ExcelJS.Worksheet> {
  const report = attendanceFixture({ returned: name, missing: 'Birch', group: 'North' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await attendanceXlsx(report, catalogue())) as never);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Attendance', 'Data']);
  return workbook.getWorksheet('Data')!;
}

// The tidy table's codes, each pupil group's label beside its code (the sheet is read by a person too).
// Then the benchmarks beyond national (issue 12), last.
const codes = [
  ...attendanceTableColumns(catalogue().attendanceColumns).all.flatMap((c) =>
    c === 'pupil_group' ? [c, 'pupil_group_label'] : [c],
  ),
  ...benchmarkColumns(catalogue()).map((c) => c.code),
];
const rowOf = (sheet: ExcelJS.Worksheet, level: string, code: string) =>
  sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === level && r.getCell(2).value === code)!;

describe('the attendance workbook', () => {
  it('fills each target rating in its colour, words and all, and leaves a blank one unfilled', async () => {
    const sheet = await sheetOf('Ash');
    const column = codes.indexOf('target_rating') + 1;
    const school = rowOf(sheet, 'school', '110001').getCell(column);
    expect(school.value).toBe('Not likely to be achieved');
    expect(school.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB2182B' } });
    expect(school.font).toEqual({ color: { argb: 'FFFFFFFF' } });
    const city = rowOf(sheet, 'city', '874').getCell(column);
    expect([city.value, (city.fill as ExcelJS.FillPattern).fgColor]).toEqual([
      'Will be achieved but late',
      { argb: 'FFF6C141' },
    ]);
    const missing = rowOf(sheet, 'school', '110002').getCell(column);
    expect([missing.value, missing.fill]).toEqual([null, undefined]);
  });

  it('heads the sheet with the codes, bold and frozen, and writes figures as numbers', async () => {
    const sheet = await sheetOf('Ash');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(codes);
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.views).toMatchObject([{ state: 'frozen', ySplit: 1 }]);
    const school = rowOf(sheet, 'school', '110001');
    expect(school.getCell(codes.indexOf('overall_absence_rate') + 1).value).toBe(5);
    expect(school.getCell(codes.indexOf('gap_overall_absence') + 1).value).toBe(0.4);
  });

  it('neutralises a school name that would run as a formula', async () => {
    const sheet = await sheetOf('=HYPERLINK("http://x.test","Ash")');
    const name = rowOf(sheet, 'school', '110001').getCell(codes.indexOf('area_name') + 1);
    expect([name.value, name.type]).toEqual([`'=HYPERLINK("http://x.test","Ash")`, ExcelJS.ValueType.String]);
  });
});
