// Each trend class, over six consecutive terms 2013/14 Autumn to 2014/15 Summer (x = 0..5).
// For x = 0..5: x̄ = 2.5, Σ(x − x̄)² = 17.5; slope = Σ(x − x̄)(y − ȳ) / 17.5;
// R² = slope² × 17.5 / Σ(y − ȳ)².
import { describe, expect, it } from 'vitest';
import { schoolTrend, TREND_RULES, type TrendPoint } from '../../../src/aggregate/attendance/trend.js';
import type { Period } from '../../../src/aggregate/attendance/types.js';

const sixTerms: Period[] = [
  { academicYear: '2013/14', term: 'Autumn' },
  { academicYear: '2013/14', term: 'Spring' },
  { academicYear: '2013/14', term: 'Summer' },
  { academicYear: '2014/15', term: 'Autumn' },
  { academicYear: '2014/15', term: 'Spring' },
  { academicYear: '2014/15', term: 'Summer' },
];
const asOf = sixTerms[5]!;
const series = (rates: number[]): TrendPoint[] => rates.map((rate, i) => ({ period: sixTerms[i]!, rate }));

describe('schoolTrend classes', () => {
  it('improving: 6.0, 5.8, 5.6, 5.4, 5.2, 5.0 falls 0.2 a term on a perfect line', () => {
    const t = schoolTrend(series([6.0, 5.8, 5.6, 5.4, 5.2, 5.0]), asOf);
    expect(t.classification).toBe('improving');
    expect(t.slope).toBeCloseTo(-0.2, 10);
    expect(t.rSquared).toBeCloseTo(1, 10);
    expect(t.fittedAtEnd).toBeCloseTo(5.0, 10);
    expect(t.terms).toBe(6);
  });

  it('declining: 4.0, 4.3, 4.1, 4.6, 4.5, 4.9 rises 0.16 a term with R² 0.8', () => {
    // ȳ = 26.4 / 6 = 4.4; y − ȳ = −0.4, −0.1, −0.3, 0.2, 0.1, 0.5.
    // Σ(x − x̄)(y − ȳ) = 1.0 + 0.15 + 0.15 + 0.1 + 0.15 + 1.25 = 2.8; slope = 2.8 / 17.5 = 0.16.
    // Σ(y − ȳ)² = 0.56; R² = 0.16² × 17.5 / 0.56 = 0.448 / 0.56 = 0.8.
    const t = schoolTrend(series([4.0, 4.3, 4.1, 4.6, 4.5, 4.9]), asOf);
    expect(t.classification).toBe('declining');
    expect(t.slope).toBeCloseTo(0.16, 10);
    expect(t.rSquared).toBeCloseTo(0.8, 10);
  });

  it('static: 4.4, 4.8, 4.3, 4.6, 4.4, 4.5 barely moves', () => {
    // ȳ = 27.0 / 6 = 4.5; y − ȳ = −0.1, 0.3, −0.2, 0.1, −0.1, 0.0.
    // Σ(x − x̄)(y − ȳ) = 0.25 − 0.45 + 0.1 + 0.05 − 0.15 + 0 = −0.2; slope = −0.2 / 17.5 = −0.0114.
    // Range 4.8 − 4.3 = 0.5 points.
    const t = schoolTrend(series([4.4, 4.8, 4.3, 4.6, 4.4, 4.5]), asOf);
    expect(t.classification).toBe('static');
    expect(t.slope).toBeCloseTo(-0.2 / 17.5, 10);
    expect(t.range).toBeCloseTo(0.5, 10);
  });

  it('static: a slope of 0.2 that the line does not explain (R² 0.26) and a spread under 2 points', () => {
    // 3.6, 5.3, 4.0, 4.1, 4.6, 5.4: ȳ = 27.0 / 6 = 4.5; y − ȳ = −0.9, 0.8, −0.5, −0.4, 0.1, 0.9.
    // Σ(x − x̄)(y − ȳ) = 2.25 − 1.2 + 0.25 − 0.2 + 0.15 + 2.25 = 3.5; slope = 3.5 / 17.5 = 0.2.
    // Σ(y − ȳ)² = 0.81 + 0.64 + 0.25 + 0.16 + 0.01 + 0.81 = 2.68; R² = 0.7 / 2.68 = 0.261 < 0.3.
    // Range 5.4 − 3.6 = 1.8 < 2.0.
    const t = schoolTrend(series([3.6, 5.3, 4.0, 4.1, 4.6, 5.4]), asOf);
    expect(t.slope).toBeCloseTo(0.2, 10);
    expect(t.rSquared).toBeCloseTo(0.7 / 2.68, 10);
    expect(t.classification).toBe('static');
  });

  it('fluctuating: 4.0, 6.5, 4.2, 6.4, 4.1, 6.0 swings 2.5 points with no line (R² 0.05)', () => {
    // ȳ = 31.2 / 6 = 5.2; y − ȳ = −1.2, 1.3, −1.0, 1.2, −1.1, 0.8.
    // Σ(x − x̄)(y − ȳ) = 3.0 − 1.95 + 0.5 + 0.6 − 1.65 + 2.0 = 2.5; slope = 2.5 / 17.5 = 0.143.
    // Σ(y − ȳ)² = 1.44 + 1.69 + 1.0 + 1.44 + 1.21 + 0.64 = 7.42; R² = 0.357 / 7.42 = 0.048.
    const t = schoolTrend(series([4.0, 6.5, 4.2, 6.4, 4.1, 6.0]), asOf);
    expect(t.classification).toBe('fluctuating');
    expect(t.slope).toBeCloseTo(2.5 / 17.5, 10);
    expect(t.rSquared).toBeCloseTo(((2.5 / 17.5) ** 2 * 17.5) / 7.42, 10);
    expect(t.range).toBeCloseTo(2.5, 10);
  });

  it('static: a flat line of equal rates (R² taken as 1, not 0 / 0)', () => {
    const t = schoolTrend(series([5, 5, 5, 5, 5, 5]), asOf);
    expect(t.classification).toBe('static');
    expect(t.slope).toBe(0);
    expect(t.rSquared).toBe(1);
  });

  it('insufficient data: two terms of six', () => {
    const t = schoolTrend(
      [
        { period: sixTerms[4]!, rate: 5.0 },
        { period: sixTerms[5]!, rate: 4.0 },
        { period: sixTerms[3]!, rate: undefined },
      ],
      asOf,
    );
    expect(t).toEqual({
      classification: 'insufficient data',
      from: { academicYear: '2013/14', term: 'Autumn' },
      to: asOf,
      terms: 2,
    });
  });

  it('exports the rules and their numbers for the README', () => {
    expect(TREND_RULES).toMatchObject({
      windowTerms: 6,
      minimumTerms: 3,
      slopeThreshold: 0.15,
      minimumRSquared: 0.3,
      fluctuatingRange: 2.0,
    });
    expect(TREND_RULES.text).toHaveLength(6);
  });
});
