// The backtest on small records where it is known which method wins.
import { describe, expect, it } from 'vitest';
import { backtest } from '../../../src/aggregate/forecast/backtest.js';
import { CITY, kindOf, OPTIONS, year } from './figures.js';

const errorOf = (f: { predicted: number; forecast: number; actual: number }) => ({
  predicted: Math.abs(f.predicted - f.actual),
  forecast: Math.abs(f.forecast - f.actual),
});

describe('the backtest', () => {
  it('lets the forecast win where each school errs the same way every year', () => {
    // A over-predicts by 10 points every year (30 of 40, reaches 26), B under by 10 (10 of 20, reaches 12).
    const years = ['2012/13', '2013/14', '2014/15'].map((y) =>
      year(y, [
        ['110001', 30, 26, 40],
        ['110002', 10, 12, 20],
      ]),
    );
    const rows = backtest(years, kindOf, CITY, ['school', 'city'], OPTIONS);
    expect([...new Set(rows.map((r) => r.academicYear))]).toEqual(['2013/14', '2014/15']);
    const city = rows.find((r) => r.academicYear === '2013/14' && r.level === 'city')!;
    // City bias 100 × (40 − 38) / 60 = 3.33; w = 1/3: A 5.56, B −1.11;
    // forecast 30 − 2.22 + 10 + 0.22 = 38 of 60.
    expect(city.predicted).toBeCloseTo((40 / 60) * 100, 10);
    expect(city.forecast).toBeCloseTo((38 / 60) * 100, 10);
    expect(city.actual).toBeCloseTo((38 / 60) * 100, 10);
    expect(city.recordYears).toEqual(['2012/13']);
    // In 2014/15 (w = 1/2) school A's forecast is 30 − 6.67 × 0.4 = 27.33 of 40: 68.3% against 65.0% reached.
    const a = rows.find((r) => r.academicYear === '2014/15' && r.areaCode === '110001')!;
    expect(a.forecast).toBeCloseTo(((30 - (20 / 3) * 0.4) / 40) * 100, 10);
    for (const r of rows) expect(errorOf(r).forecast).toBeLessThan(errorOf(r).predicted);
  });

  it('lets the raw predictions win where a school errs one way and then the other', () => {
    // A over-predicts by 10 points, then under by 10, then over again; B is always right.
    const years = [
      year('2012/13', [
        ['110001', 30, 26, 40],
        ['110002', 10, 10, 20],
      ]),
      year('2013/14', [
        ['110001', 26, 30, 40],
        ['110002', 10, 10, 20],
      ]),
      year('2014/15', [
        ['110001', 30, 26, 40],
        ['110002', 10, 10, 20],
      ]),
    ];
    const a = backtest(years, kindOf, CITY, ['school'], OPTIONS).filter((r) => r.areaCode === '110001');
    expect(a).toHaveLength(2);
    // 2013/14: A's bias after 2012/13 is 1/3 × 10 + 2/3 × 6.67 = 7.78, so its forecast is
    // 26 − 7.78 × 0.4 = 22.89 of 40 (57.2%) where it predicted 65.0% and reached 75.0%: worse.
    expect(a[0]!.forecast).toBeCloseTo(((26 - (70 / 9) * 0.4) / 40) * 100, 10);
    expect(errorOf(a[0]!).forecast).toBeGreaterThan(errorOf(a[0]!).predicted);
    // 2014/15: +10 and −10 average to no bias, nor has the city: the forecast is the prediction.
    expect(a[1]!.forecast).toBeCloseTo(a[1]!.predicted, 10);
  });
});
