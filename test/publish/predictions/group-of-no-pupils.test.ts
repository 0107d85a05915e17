// A group a school returns with no pupils in it (a cohort of 0) has no rate: 0 / 0 printed NaN as the
// rate and the gap to national (found by the random cities' attacker, issue 10). GSS z: not applicable.
import { describe, expect, it } from 'vitest';
import type { SchoolFigure } from '../../../src/aggregate/predictions/aggregate-predictions.js';
import { shippedContext } from '../../../src/domain/context.js';
import { predictionsReportFrom } from '../../../src/publish/predictions/build-predictions-report.js';

const figure = (pupilGroup: string, cohort: number, value: number): SchoolFigure => ({
  urn: '100001',
  schoolName: 'School 100001',
  collaborativeGroup: 'North',
  pupilGroup,
  cohort,
  measure: 'ks2_rwm_l4',
  value,
});
const options = { academicYear: '2014/15', keyStage: 'KS2', round: 'Autumn', levels: ['school' as const] };
const nationals = [
  { academicYear: '2014/15', measure: 'ks2_rwm_l4', pupilGroup: 'all', value: 80 },
  { academicYear: '2014/15', measure: 'ks2_rwm_l4', pupilGroup: 'sen', value: 40 },
];

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
