// report forecast --backtest on a store where each school errs the same way every year, so the
// forecast must win: the figures worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { csvRows as rows, RETURNS_HEADER, twoSchoolStore, type TwoSchools } from './two-schools.js';

let store: TwoSchools;
let db: string;
const backtest = (...extra: string[]) =>
  cli(['report', 'forecast', '--backtest', '--key-stage', 'KS2', '--db', db, ...extra]);

beforeAll(async () => {
  // Every year Alder predicts 30 of 40 and 26 reach it (+10 points); Birch 10 of 20, and 12 (−10).
  const lines = ['2012/13', '2013/14', '2014/15'].flatMap((y) => [
    `110001,${y},KS2,Autumn,all,40,ks2_rwm_l4,30`,
    `110001,${y},KS2,Actual,all,40,ks2_rwm_l4,26`,
    `110002,${y},KS2,Autumn,all,20,ks2_rwm_l4,10`,
    `110002,${y},KS2,Actual,all,20,ks2_rwm_l4,12`,
  ]);
  store = await twoSchoolStore('sr-backtest-', [RETURNS_HEADER, ...lines].join('\n') + '\n');
  db = store.db;
});

afterAll(async () => store.cleanup());

describe('report forecast --backtest', () => {
  it("sets the forecast's city error beside the raw predictions' for each year after the first", async () => {
    const run = await backtest('--level', 'city,school');
    expect(run.code).toBe(0);
    const city = rows(run.out).filter((r) => r['level'] === 'city');
    // Predicted 40 / 60 = 66.7%, reached 38 / 60 = 63.3%: +3.4 as shown. The forecast: the city's
    // bias is +3.33 points; in 2013/14 (w = 1/3) Alder's is 5.56 and Birch's −1.11, so
    // 30 − 2.22 + 10 + 0.22 = 38.0 of 60; in 2014/15 (w = 1/2) 6.67 and −3.33: 38.0 again.
    expect(city).toEqual([
      expect.objectContaining({
        academic_year: '2013/14',
        learnt_from: '2012/13',
        actual: '63.3',
        predicted: '66.7',
        forecast: '63.3',
        predicted_error: '3.4',
        forecast_error: '0',
      }),
      expect.objectContaining({
        academic_year: '2014/15',
        learnt_from: '2012/13 2013/14',
        predicted_error: '3.4',
        forecast_error: '0',
      }),
    ]);
    // Alder in 2014/15: 30 − 6.67 × 0.4 = 27.33 of 40 = 68.3% against 65.0% reached, predicted 75.0%.
    expect(rows(run.out).find((r) => r['academic_year'] === '2014/15' && r['area_code'] === '110001')).toMatchObject({
      predicted_error: '10',
      forecast: '68.3',
      forecast_error: '3.3',
    });
  });

  it('says in markdown which was closer, year by year', async () => {
    const md = (await backtest('--format', 'md')).out.join('\n');
    expect(md).toContain('| 2013/14 | 2012/13 | City | 1 | 3.40 | 0.00 | forecast |');
    expect(md).toContain('| 2014/15 | 2012/13, 2013/14 | City | 1 | 3.40 | 0.00 | forecast |');
  });
});
