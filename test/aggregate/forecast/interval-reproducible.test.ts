// The interval: drawn from past residuals with a seeded generator, so the same seed gives the
// same interval on every run; worked by hand where the draws can only fall a few ways.
import { describe, expect, it } from 'vitest';
import { forecastAreas } from '../../../src/aggregate/forecast/forecast-areas.js';
import { schoolRecord } from '../../../src/aggregate/forecast/school-record.js';
import { CITY, fig, kindOf, OPTIONS, year } from './figures.js';

const record = schoolRecord(
  [
    year('2012/13', [['110001', 30, 26, 40]]),
    year('2013/14', [
      ['110001', 33, 29, 40],
      ['110002', 12, 14, 20],
    ]),
  ],
  kindOf,
);
const predicted = [fig('110001', 32, 40), fig('110002', 10, 20)];
const city = (seed: number) =>
  forecastAreas(predicted, record, kindOf, CITY, ['city'], { ...OPTIONS, seed }).areas.find((a) => a.level === 'city')!;

describe('the forecast interval', () => {
  it('is the same for the same seed', () => {
    expect(city(7)).toEqual(city(7));
  });

  it('is drawn again under another seed, around the same forecast', () => {
    expect(city(7).rate).toBe(city(8).rate);
  });

  it('spans the draws of the past residuals, by hand', () => {
    // Residuals, error − shrunk bias: A 10 − 8 = +2 (twice), B −10 − 2/3 = −10.67; less their
    // mean −2.22: +4.22, +4.22, −8.44. Each school draws one a time. Lowest city rate: both +4.22
    // (probability 4/9, past the 5th percentile): A 32 − 12.22 × 0.4 = 27.11, B 10 − 4.89 × 0.2 =
    // 9.02, (27.11 + 9.02) / 60 = 60.22%. Highest: both −8.44 (1/9, past the 95th): A 32 + 0.44 ×
    // 0.4 = 32.18, B 10 + 7.78 × 0.2 = 11.56, 43.73 / 60 = 72.89%.
    const c = city(OPTIONS.seed);
    const mean = (2 + 2 - 32 / 3) / 3;
    const [high, low] = [2 - mean, -32 / 3 - mean];
    const rate = (ea: number, eb: number) => ((32 - (8 + ea) * 0.4 + 10 - (2 / 3 + eb) * 0.2) / 60) * 100;
    expect(c.lower).toBeCloseTo(rate(high, high), 8);
    expect(c.upper).toBeCloseTo(rate(low, low), 8);
    expect(c.lower).toBeCloseTo(60.222, 3);
    expect(c.upper).toBeCloseTo(72.889, 3);
    expect(c.lower!).toBeLessThanOrEqual(c.rate);
    expect(c.rate).toBeLessThanOrEqual(c.upper!);
  });

  it('gives no interval with no past errors to draw from', () => {
    const none = forecastAreas(predicted, schoolRecord([], kindOf), kindOf, CITY, ['city'], OPTIONS);
    expect(none.areas[0]).not.toHaveProperty('lower');
    expect(none.areas[0]!.rate).toBeCloseTo((42 / 60) * 100, 10);
  });
});
