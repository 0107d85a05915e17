// report forecast on a tiny store, two schools over three years, worked by hand: the shrunk
// biases, the forecast aggregated from counts, the interval, and the suppression of --published.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { csvRows as rows, RETURNS_HEADER, twoSchoolStore, type TwoSchools } from './two-schools.js';

let store: TwoSchools;
let db: string;
const forecast = (...extra: string[]) =>
  cli(['report', 'forecast', '--year', '2014/15', '--key-stage', 'KS2', '--db', db, ...extra]);

beforeAll(async () => {
  // Alder over-predicts by 10 points in 2012/13 and 2013/14; Birch, in 2013/14 only, under by 10.
  const line = (urn: string, year: string, round: string, group: string, cohort: number, value: number) =>
    `${urn},${year},KS2,${round},${group},${cohort},ks2_rwm_l4,${value}\n`;
  store = await twoSchoolStore(
    'sr-forecast-',
    `${RETURNS_HEADER}\n` +
      line('110001', '2012/13', 'Autumn', 'all', 40, 30) +
      line('110001', '2012/13', 'Actual', 'all', 40, 26) +
      line('110001', '2013/14', 'Autumn', 'all', 40, 33) +
      line('110001', '2013/14', 'Actual', 'all', 40, 29) +
      line('110002', '2013/14', 'Autumn', 'all', 20, 12) +
      line('110002', '2013/14', 'Actual', 'all', 20, 14) +
      line('110001', '2014/15', 'Autumn', 'all', 40, 32) +
      line('110001', '2014/15', 'Autumn', 'disadv', 3, 2) +
      line('110002', '2014/15', 'Autumn', 'all', 20, 10),
  );
  db = store.db;
});

afterAll(async () => store.cleanup());

describe('report forecast', () => {
  it('corrects each school by its shrunk bias and aggregates the counts, by hand', async () => {
    const run = await forecast('--level', 'city,school');
    expect(run.code).toBe(0);
    const out = rows(run.out).filter((r) => r['pupil_group'] === 'all');
    // City bias: 100 × (75 − 69) / 100 = +6. Alder: w = 2/4, b = 0.5 × 10 + 0.5 × 6 = 8, so
    // 32 − 8 × 0.4 = 28.8 of 40 = 72.0%. Birch: w = 1/3, b = −10/3 + 4 = 0.67, so
    // 10 − 0.67 × 0.2 = 9.87 of 20 = 49.3%. City: (28.8 + 9.87) / 60 = 64.4%, predicted 42 / 60 = 70.0%.
    expect(out.find((r) => r['area_code'] === '110001')).toMatchObject({ rate: '80', forecast_rate: '72' });
    expect(out.find((r) => r['area_code'] === '110002')).toMatchObject({ rate: '50', forecast_rate: '49.3' });
    // The interval, by hand (test/aggregate/forecast/interval-reproducible.test.ts): 60.2 to 72.9.
    expect(out.find((r) => r['level'] === 'city')).toMatchObject({
      cohort: '60',
      count: '42',
      rate: '70',
      forecast_rate: '64.4',
      forecast_lower: '60.2',
      forecast_upper: '72.9',
      schools: '2',
      schools_with_record: '2',
    });
  });

  it('writes the same forecast and interval on every run', async () => {
    expect((await forecast('--level', 'city,school')).out).toEqual((await forecast('--level', 'city,school')).out);
  });

  it('states the method and the record in markdown', async () => {
    const md = (await forecast('--format', 'md')).out.join('\n');
    expect(md).toContain('w = n / (n + 2)');
    expect(md).toContain('Record: 2012/13, 2013/14; 2 of 2 schools have a record of their own.');
    expect(md).toContain('| All pupils | 70.0 | 64.4 | 60.2 to 72.9 |');
  });

  it('withholds a forecast wherever --published withholds the predicted figure', async () => {
    const out = rows((await forecast('--level', 'city,school', '--published')).out);
    // Alder's disadvantaged pupils: 2 of 3, suppressed in the predictions report, and so here.
    const small = out.find((r) => r['area_code'] === '110001' && r['pupil_group'] === 'disadv')!;
    expect(small).toMatchObject({ rate: 'c', forecast_rate: 'c', forecast_lower: 'c', forecast_upper: 'c' });
    const plain = rows((await forecast('--level', 'city,school')).out);
    const shown = (r: Record<string, string>) => `${r['level']}|${r['area_code']}|${r['pupil_group']}`;
    const before = new Map(plain.map((r) => [shown(r), r]));
    for (const r of out) if (r['rate'] !== 'c') expect(r['forecast_rate']).toBe(before.get(shown(r))!['forecast_rate']);
  });

  it('refuses what it cannot do, in one line each', async () => {
    const published = await cli(['report', 'forecast', '--backtest', '--key-stage', 'KS2', '--published', '--db', db]);
    expect(published.code).toBe(2);
    expect(published.err.join('\n')).toContain('--published is refused');
    expect((await cli(['report', 'forecast', '--key-stage', 'KS2', '--db', db])).err.join('\n')).toContain(
      '--year is required',
    );
    expect((await forecast('--round', 'Actual')).code).toBe(2);
    // Every format wants its file: an xlsx with no --out is refused before the store is read.
    expect((await cli(['report', 'forecast', '--backtest', '--key-stage', 'KS2', '--format', 'xlsx'])).code).toBe(2);
  });

  it('writes xlsx: the city table on Forecast, the tidy rows on Data, with the figures above', async () => {
    const out = join(store.dir, 'forecast.xlsx');
    expect((await forecast('--format', 'xlsx', '--out', out)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Forecast', 'Data']);
    const values = (name: string) =>
      book
        .getWorksheet(name)!
        .getSheetValues()
        .flatMap((r) => (Array.isArray(r) ? [r.slice(1)] : []));
    expect(values('Forecast')).toContainEqual(['All pupils', 70, 64.4, '60.2 to 72.9']);
    const data = values('Data');
    expect(data[0]!.slice(0, 3)).toEqual(['level', 'area_code', 'area_name']);
    expect(data.find((r) => r[0] === 'city' && r[6] === 'all')!.slice(8, 13)).toEqual([60, 42, 70, 64.4, 60.2]);
  });
});
