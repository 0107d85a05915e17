// A school's cohort for a pupil group is one number whatever the measure, so it is one cell
// shared by the area cohorts of every measure (suppress-predictions.ts). An area's cohort for a
// measure sums only the schools with a figure for it, so two measures' area cohorts can differ by
// one school's cohort; with one shared cell the audit sees that difference.
import { describe, expect, it } from 'vitest';
import { recoverableCells } from '../../src/disclosure/recoverable.js';
import { suppressCells } from '../../src/disclosure/suppress.js';
import { cellsOf, sum } from './table.js';
import { aggregatePredictions, type SchoolFigure } from '../../src/aggregate/predictions/aggregate-predictions.js';
import { catalogue } from '../../src/domain/catalogue.js';
import { shippedContext } from '../../src/domain/context.js';
import { suppressPredictions } from '../../src/disclosure/suppress-predictions.js';

describe('a school cohort shared across measures', () => {
  // Riverside, higher prior attainers: s1 has 41, s2 has 2 (a small cohort). s2 gave no GPS
  // figure for them, so Riverside's GPS cohort is 41 (s1 alone) and its Maths cohort 43.
  //   Maths: R:maths 43 = s1 41 + s2 2.   GPS: R:gps 41 = s1 41.
  // With a cell per measure (s1:maths, s1:gps), hiding s2 and s1:maths leaves R:gps 41 and s1:gps
  // 41 shown, and 43 − 41 = 2 = s2. With s1 one cell, s1 hidden is hidden in both.
  const cells = cellsOf({ 'R:maths': 43, 'R:gps': 41, s1: 41, s2: 2 });
  const constraints = [sum('R:maths', ['s1', 's2']), sum('R:gps', ['s1'])];

  it('sees that the two area cohorts differ by the hidden one', () => {
    // s2 and s1 hidden, both area cohorts shown: R:maths − R:gps = s2 = 2.
    expect(recoverableCells(cells, constraints, new Set(['s1', 's2']))).toEqual(['s1', 's2']);
  });

  it('hides one of the two area cohorts as well', () => {
    // s2 2 is primary; R:maths then has one hidden, so s1 (the only other part); R:gps = s1 then
    // has one hidden and no part left, so its whole. R:maths 43 = s1 + s2 is all that is shown.
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect([...result.suppressed]).toEqual(['s2', 's1', 'R:gps']);
    expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
  });
});

describe('suppressPredictions: one school cohort whatever the measure', () => {
  // The same table built from school figures: higher prior attainers at s1 (cohort 20), s2 (2, a
  // small cohort) and s3 (21); s2 gave RWM L4+ but no GPS L4+, so the city's RWM L4+ cohort is
  // 43 and its GPS L4+ cohort 41. Were s1's cohort shown on GPS while hidden on RWM, the city's
  // 43 − 20 − 21 would give s2's 2.
  const school = (urn: string, cohort: number, measure: string, value: number): SchoolFigure => ({
    urn,
    schoolName: urn,
    pupilGroup: 'pa_high',
    cohort,
    measure,
    value,
  });
  const schoolFigures = [
    school('s1', 20, 'ks2_rwm_l4', 18),
    school('s2', 2, 'ks2_rwm_l4', 2),
    school('s3', 21, 'ks2_rwm_l4', 19),
    school('s1', 20, 'ks2_gps_l4', 17),
    school('s3', 21, 'ks2_gps_l4', 18),
  ];
  const figures = aggregatePredictions(
    schoolFigures,
    (m) => catalogue().measure(m).kind,
    { code: '874', name: 'City' },
    ['city', 'school'],
  );
  const suppression = suppressPredictions(figures, schoolFigures, 4, shippedContext());
  const cohortShown = (level: string, area: string, measure: string) =>
    !suppression.cohortHidden(figures.find((f) => f.level === level && f.areaCode === area && f.measure === measure)!);

  it("hides a school's cohort on every measure or on none", () => {
    for (const urn of ['s1', 's3'])
      expect(cohortShown('school', urn, 'ks2_rwm_l4'), urn).toBe(cohortShown('school', urn, 'ks2_gps_l4'));
    expect(cohortShown('school', 's2', 'ks2_rwm_l4')).toBe(false);
  });

  it('leaves no way to the small cohort: the city RWM L4+ cohort and both others are never all shown', () => {
    expect(
      cohortShown('city', '874', 'ks2_rwm_l4') &&
        cohortShown('school', 's1', 'ks2_gps_l4') &&
        cohortShown('school', 's3', 'ks2_gps_l4'),
    ).toBe(false);
  });
});
