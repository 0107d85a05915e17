// A group a school returns with no pupils in it (a cohort of 0) has no rate: 0 / 0 printed NaN as the
// rate and the gap to national (found by the random cities' attacker, issue 10). GSS z: not applicable.
import { describe, expect, it } from 'vitest';
import type { SchoolFigure } from '../../../src/aggregate/predictions/aggregate-predictions.js';
import { shippedContext } from '../../../src/domain/context.js';
import { predictionsReportFrom } from '../../../src/publish/predictions/build-predictions-report.js';
import { schoolFigure } from './school-figure.js';

const figure = (pupilGroup: string, cohort: number, value: number, urn = '100001') =>
  schoolFigure(urn, pupilGroup, cohort, value);
const options = { academicYear: '2014/15', keyStage: 'KS2', round: 'Autumn', levels: ['school' as const] };
const nationals = [
  { academicYear: '2014/15', measure: 'ks2_rwm_l4', pupilGroup: 'all', value: 80 },
  { academicYear: '2014/15', measure: 'ks2_rwm_l4', pupilGroup: 'sen', value: 40 },
];
/** The published report of city and schools: its row of an area and pupil group. */
function publishedRowOf(figures: SchoolFigure[]) {
  const levels = ['city' as const, 'school' as const];
  const report = predictionsReportFrom(
    { figures, nationals },
    { ...options, levels, published: true },
    shippedContext(),
  );
  return (area: string, group: string) => report.rows.find((r) => r.areaCode === area && r.pupilGroup === group);
}

describe('a group of no pupils', () => {
  // 30 of 40 pupils (75.0%, gap -5.0); no pupil with SEN, returned as 0 of 0.
  const figures = [figure('all', 40, 30), figure('sen', 0, 0)];
  const report = predictionsReportFrom({ figures, nationals }, options, shippedContext());
  const row = (group: string) => report.rows.find((r) => r.pupilGroup === group);

  it('prints its cohort and count, and no rate nor gap', () => {
    expect(row('sen')).toMatchObject({ cohort: 0, count: 0, rate: 'z', gapToNational: 'z' });
  });

  it('prints a group with pupils as before', () => {
    expect(row('all')).toMatchObject({ cohort: 40, count: 30, rate: 75, gapToNational: -5 });
  });
});

describe('a group of no pupils, published', () => {
  // 100002 has 3 pupils with SEN, 1 reaching it: withheld (1 to 4), and the city's 3 with it, since 3 = 0 + 3.
  // 100001 has none: 0 of 0 tells of no one, so its count is printed, not withheld as a 0% of a small group.
  const figures = [
    figure('all', 12, 6),
    figure('sen', 0, 0),
    figure('all', 20, 10, '100002'),
    figure('sen', 3, 1, '100002'),
  ];
  const row = publishedRowOf(figures);

  it('prints 0 of 0 where the school has no such pupils', () => {
    expect(row('100001', 'sen')).toMatchObject({ cohort: 0, count: 0, rate: 'z' });
  });

  it('withholds the small group and the city total that would give it', () => {
    expect(row('100002', 'sen')).toMatchObject({ cohort: 'c', count: 'c', rate: 'c' });
    expect(row('874', 'sen')).toMatchObject({ cohort: 'c', count: 'c', rate: 'c' });
  });
});

describe('groups of no pupils beside a small group withheld', () => {
  // One school of one pupil, a low prior attainer not reaching the measure: all pupils and pa_low are 0 of 1,
  // withheld (a 0% of a group of 1 to 10). pa_mid and pa_high have no pupils: 0 of 0 at the school and the city
  // alike, printed; withheld, the attacker found them all the same (count ≤ cohort = 0), a cell hidden for nothing.
  const figures = [figure('all', 1, 0), figure('pa_low', 1, 0), figure('pa_mid', 0, 0), figure('pa_high', 0, 0)];
  const row = publishedRowOf(figures);

  it('prints the empty groups at every level', () => {
    for (const area of ['874', '100001'])
      for (const group of ['pa_mid', 'pa_high']) expect(row(area, group)).toMatchObject({ cohort: 0, count: 0 });
  });

  it('withholds the pupil and the whole that is the same pupil', () => {
    for (const area of ['874', '100001'])
      for (const group of ['all', 'pa_low']) expect(row(area, group)).toMatchObject({ count: 'c', rate: 'c' });
  });
});
