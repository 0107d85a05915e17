// Chart rows are read from the report as built: a cell shown as c becomes a suppressed row
// carrying no value, and nothing is recomputed.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { cityGapByPupilGroup, gapAcrossAreas, gapRowOf } from '../../../src/publish/report-charts/gap-rows.js';
import { report, row } from './report-fixture.js';

describe('gap rows from a PredictionsReport', () => {
  it('marks a c cell suppressed and carries no rate, gap or cohort for it', () => {
    const r = gapRowOf(row('school', '110004', 'disadv', 'c', 'c', { cohort: 'c', count: 'c' }), true, catalogue());
    expect(r).toEqual({
      areaCode: '110004',
      areaName: 'Area 110004',
      pupilGroup: 'disadv',
      pupilGroupLabel: 'Disadvantaged (FSM/PPG)',
      measure: 'ks2_rwm_l4',
      measureLabel: 'RWM L4+',
      nationalRate: 80,
      suppressed: true,
    });
  });

  it('takes the rate and gap as the report rounded them, and the cohort only when not published', () => {
    const shown = row('city', '874', 'all', 75.4, -4.6, { cohort: 138 });
    expect(gapRowOf(shown, false, catalogue())).toMatchObject({
      rate: 75.4,
      gapToNational: -4.6,
      nationalRate: 80,
      cohort: 138,
      suppressed: false,
    });
    expect(gapRowOf(shown, true, catalogue())).not.toHaveProperty('cohort');
  });

  it('leaves x (not available) unsuppressed and without a value', () => {
    const r = gapRowOf(row('city', '874', 'eal', 70, 'x', { nationalRate: 'x' }), false, catalogue());
    expect(r).toMatchObject({ rate: 70, suppressed: false });
    expect(r).not.toHaveProperty('gapToNational');
    expect(r).not.toHaveProperty('nationalRate');
  });

  it("gives the city by pupil group for one measure, in the report's order", () => {
    const rep = report([
      row('city', '874', 'all', 75, -5),
      row('city', '874', 'disadv', 61, -9),
      row('city', '874', 'all', 90, 1, { measure: 'ks2_read_l4' }),
      row('school', '1', 'all', 70, -10),
    ]);
    expect(cityGapByPupilGroup(rep, 'ks2_rwm_l4', catalogue()).map((r) => [r.pupilGroup, r.rate])).toEqual([
      ['all', 75],
      ['disadv', 61],
    ]);
  });

  it('gives one pupil group across schools, each with its collaborative group', () => {
    const rep = report([
      row('school', '1', 'all', 70, -10),
      row('school', '2', 'all', 'c', 'c'),
      row('school', '1', 'disadv', 50, -20),
      row('group', 'N', 'all', 72, -8),
    ]);
    const rows = gapAcrossAreas(rep, 'school', 'all', 'ks2_rwm_l4', catalogue(), new Map([['1', 'North']]));
    expect(rows.map((r) => [r.areaCode, r.collaborativeGroup, r.suppressed])).toEqual([
      ['1', 'North', false],
      ['2', undefined, true],
    ]);
    expect(gapAcrossAreas(rep, 'group', 'all', 'ks2_rwm_l4', catalogue()).map((r) => r.areaCode)).toEqual(['N']);
  });
});
