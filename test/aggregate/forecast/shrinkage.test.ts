// Each school's bias, shrunk toward the city's by n / (n + k), worked by hand (k = 2).
import { describe, expect, it } from 'vitest';
import { forecastAreas } from '../../../src/aggregate/forecast/forecast-areas.js';
import { schoolRecord } from '../../../src/aggregate/forecast/school-record.js';
import { biasOf, shrunkBiases } from '../../../src/aggregate/forecast/shrinkage.js';
import { CITY, fig, kindOf, OPTIONS, year } from './figures.js';

// A over-predicts by 10 points two years running (30 and 33 of 40 predicted, 26 and 29 reached);
// B, in its one year, under-predicts by 10 (12 of 20 predicted, 14 reached).
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

describe('shrinkage toward the city', () => {
  it("measures the city's error from counts over every school and year", () => {
    // 100 × ((30 + 33 + 12) / 100 − (26 + 29 + 14) / 100) = 75 − 69 = +6 points.
    expect(record.cityBias.get('ks2_rwm_l4')).toBeCloseTo(6, 10);
    expect(record.years).toEqual(['2012/13', '2013/14']);
  });

  it('weighs a school by its years of record: w = n / (n + k)', () => {
    const biases = shrunkBiases(record, 2);
    // A: n = 2, w = 2/4; b = 0.5 × 10 + 0.5 × 6 = 8.
    expect(biases.get('110001|ks2_rwm_l4')).toMatchObject({ years: 2, weight: 0.5 });
    expect(biases.get('110001|ks2_rwm_l4')!.bias).toBeCloseTo(8, 10);
    // B: n = 1, w = 1/3; b = −10/3 + 2/3 × 6 = 2/3.
    expect(biases.get('110002|ks2_rwm_l4')!.weight).toBeCloseTo(1 / 3, 10);
    expect(biases.get('110002|ks2_rwm_l4')!.bias).toBeCloseTo(2 / 3, 10);
    // A school with no record takes the city's +6.
    const none = biasOf(biases, record, '110003', 'ks2_rwm_l4');
    expect(none).toMatchObject({ years: 0, weight: 0 });
    expect(none.bias).toBeCloseTo(6, 10);
  });

  it('forecasts each school from its prediction and aggregates the forecast counts', () => {
    // 2014/15: A predicts 32 of 40, B 10 of 20, C (no record) 5 of 10.
    const predicted = [fig('110001', 32, 40), fig('110002', 10, 20), fig('110003', 5, 10)];
    const { areas } = forecastAreas(predicted, record, kindOf, CITY, ['school', 'city'], { ...OPTIONS, resamples: 0 });
    const area = (code: string) => areas.find((a) => a.areaCode === code)!;
    // A: 32 − 8 × 40 / 100 = 28.8; B: 10 − 2/3 × 20 / 100 = 9.8667; C: 5 − 6 × 10 / 100 = 4.4.
    expect(area('110001').forecast).toBeCloseTo(28.8, 10);
    expect(area('110002').forecast).toBeCloseTo(10 - 2 / 15, 10);
    expect(area('110003').forecast).toBeCloseTo(4.4, 10);
    // City: (28.8 + 9.8667 + 4.4) / 70 = 61.52%, beside the predicted 47 / 70 = 67.14%.
    expect(area('874').rate).toBeCloseTo(((28.8 + 10 - 2 / 15 + 4.4) / 70) * 100, 10);
    expect(area('874')).toMatchObject({ cohort: 70, predicted: 47, schools: 3, schoolsWithRecord: 2 });
  });

  it('keeps a forecast count between 0 and the cohort', () => {
    const { areas } = forecastAreas([fig('110001', 2, 40)], record, kindOf, CITY, ['school'], {
      ...OPTIONS,
      resamples: 0,
    });
    // 2 − 8 × 40 / 100 = −1.2, kept at 0.
    expect(areas[0]!.forecast).toBe(0);
  });
});
