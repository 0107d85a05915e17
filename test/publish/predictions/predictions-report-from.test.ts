// The predictions report is built from values, with no store: figures and national figures in,
// tidy rows out, under the context it is given.
import { describe, expect, it } from 'vitest';
import { shippedContext } from '../../../src/domain/context.js';
import { predictionsReportFrom } from '../../../src/publish/predictions/build-predictions-report.js';
import { schoolFigure } from './school-figure.js';

const figure = (urn: string, cohort: number, value: number, pupilGroup = 'all') =>
  schoolFigure(urn, pupilGroup, cohort, value);
const options = { academicYear: '2014/15', keyStage: 'KS2', round: 'Autumn', levels: ['city' as const] };
const nationals = [{ academicYear: '2013/14', measure: 'ks2_rwm_l4', pupilGroup: 'all', value: 79 }];

describe('the predictions report from its inputs', () => {
  it('gives the city rate from counts and the gap to the latest earlier national figure', () => {
    // (30 + 45) / (40 + 60) = 75.0%; national 2013/14 79%: gap -4.0.
    const figures = [figure('100001', 40, 30), figure('100002', 60, 45)];
    const report = predictionsReportFrom({ figures, nationals }, { ...options, published: false }, shippedContext());
    expect(report.returns).toBe(2);
    expect(report.nationalFallbackYears).toEqual(['2013/14']);
    const [city] = report.rows;
    expect(city).toMatchObject({
      level: 'city',
      cohort: 100,
      count: 75,
      rate: 75,
      gapToNational: -4,
      nationalYear: '2013/14',
    });
  });

  it('shows a count of 1 to the threshold as c when published', () => {
    // 3 of 20 boys at one school; the city is that school alone, so its count is the same 3.
    const figures = [figure('100001', 40, 30), figure('100001', 20, 3, 'boys'), figure('100001', 20, 17, 'girls')];
    const report = predictionsReportFrom({ figures, nationals }, { ...options, published: true }, shippedContext());
    const boys = report.rows.find((r) => r.pupilGroup === 'boys');
    expect(boys).toMatchObject({ count: 'c', rate: 'c' });
  });
});
