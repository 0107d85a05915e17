// The attendance workbook fills each target rating's cell in the rating's colour.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attendanceXlsx } from '../../src/publish/attendance/attendance-writers.js';
import { attendanceTableColumns } from '../../src/publish/attendance/table-columns.js';
import { catalogue } from '../../src/domain/catalogue.js';
import { attendance } from './html/report-fixture.js';

describe('attendance xlsx', () => {
  it("fills the city's target rating in amber when it will be achieved late", async () => {
    const report = attendance('2014/15', 'Autumn', 4.6);
    report.areas[0] = {
      ...report.areas[0]!,
      target: { value: 4.5, progress: { rating: 'Will be achieved but late', reason: 'by Summer 2015/16' } } as never,
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await attendanceXlsx(report, catalogue())) as never);
    const sheet = workbook.getWorksheet('Data')!;
    // The Data sheet has each pupil group's label beside its code: one column more before the rating.
    const column = attendanceTableColumns(catalogue().attendanceColumns).all.indexOf('target_rating') + 2;
    const city = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'city')!;
    const cell = city.getCell(column);
    expect(cell.value).toBe('Will be achieved but late');
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF6C141' } });
  });
});
