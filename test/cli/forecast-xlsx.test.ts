// report forecast --format xlsx: the markdown's tables for a person on the Forecast sheet and the
// csv's tidy table on Data, with the figures of forecast-report.test.ts's store, worked there by hand.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { RETURNS_HEADER, twoSchoolStore, type TwoSchools } from './two-schools.js';

let store: TwoSchools;

beforeAll(async () => {
  const line = (urn: string, year: string, round: string, cohort: number, value: number) =>
    `${urn},${year},KS2,${round},all,${cohort},ks2_rwm_l4,${value}\n`;
  store = await twoSchoolStore(
    'sr-forecast-xlsx-',
    `${RETURNS_HEADER}\n` +
      line('110001', '2012/13', 'Autumn', 40, 30) +
      line('110001', '2012/13', 'Actual', 40, 26) +
      line('110001', '2013/14', 'Autumn', 40, 33) +
      line('110001', '2013/14', 'Actual', 40, 29) +
      line('110002', '2013/14', 'Autumn', 20, 12) +
      line('110002', '2013/14', 'Actual', 20, 14) +
      line('110001', '2014/15', 'Autumn', 40, 32) +
      line('110002', '2014/15', 'Autumn', 20, 10),
  );
});

afterAll(async () => store.cleanup());

describe('report forecast --format xlsx', () => {
  it('writes the city table on Forecast and the tidy rows on Data', async () => {
    const out = join(store.dir, 'forecast.xlsx');
    const args = ['report', 'forecast', '--year', '2014/15', '--key-stage', 'KS2', '--format', 'xlsx'];
    const run = await cli([...args, '--out', out, '--db', store.db]);
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Forecast', 'Data']);
    const values = (w: ExcelJS.Worksheet) =>
      w.getSheetValues().flatMap((r) => (Array.isArray(r) ? [r.slice(1).map((c) => c ?? null)] : []));
    // The city: 42 of 60 predicted (70.0%); forecast 64.4%, interval 60.2 to 72.9 (by hand there).
    expect(values(book.getWorksheet('Forecast')!)).toContainEqual(['All pupils', 70, 64.4, '60.2 to 72.9']);
    const data = values(book.getWorksheet('Data')!);
    expect(data[0]!.slice(0, 3)).toEqual(['level', 'area_code', 'area_name']);
    expect(data.find((r) => r[0] === 'city' && r[6] === 'all')!.slice(8, 13)).toEqual([60, 42, 70, 64.4, 60.2]);
  });

  it('refuses xlsx for the backtest, which is csv or md', async () => {
    const args = ['report', 'forecast', '--backtest', '--key-stage', 'KS2', '--format', 'xlsx'];
    const run = await cli([...args, '--out', join(store.dir, 'b.xlsx'), '--db', store.db]);
    expect(run.code).toBe(2);
  });
});
