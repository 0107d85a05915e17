// Which national figure a pupil group is compared with, or why none (issues 12, 14): pure, from rows
// as the store gives them.
import { describe, expect, it } from 'vitest';
import { groupNationals, type GroupNationalData } from '../../../src/aggregate/attendance/group-national.js';

const OVERALL = {
  code: 'overall_absence_rate',
  of: ['authorised_absence', 'unauthorised_absence'],
  per: 'possible_sessions',
};
const PA = { code: 'persistent_absence_rate', of: ['persistent_absentees'], per: 'enrolments' };
const held = (academic_year: string, measure: string, half_terms: number, pa_threshold = 0) => ({
  academic_year,
  key_stage: 'primary',
  pupil_group: 'disadv',
  measure,
  half_terms,
  pa_threshold,
});

describe('groupNationals', () => {
  const data: GroupNationalData = {
    figures: [
      { academic_year: '2013/14', key_stage: 'primary', pupil_group: 'disadv', measure: OVERALL.code, value: 5.5 },
      { academic_year: '2014/15', key_stage: 'primary', pupil_group: 'disadv', measure: OVERALL.code, value: 5.4 },
      { academic_year: '2016/17', key_stage: 'primary', pupil_group: 'disadv', measure: OVERALL.code, value: 5.0 },
    ],
    held: [held('2014/15', 'possible_sessions', 6), held('2014/15', 'persistent_absentees', 5, 10)],
  };
  const ask = (wanted: { pupilGroup: string; phase: 'primary' | 'secondary' }[]) =>
    groupNationals(data, {
      academicYear: '2015/16',
      definition: { halfTerms: 6, paThreshold: 10 },
      rates: [OVERALL, PA],
      wanted,
    });

  it("takes the latest year not after the report's, never a later one", () => {
    const [disadv] = ask([{ pupilGroup: 'disadv', phase: 'primary' }]);
    expect(disadv!.rates).toEqual({ overall_absence_rate: 5.4 });
    expect(disadv!.years).toEqual({ overall_absence_rate: '2014/15' });
  });

  it('says a figure held only of five half terms is of another definition', () => {
    const [disadv] = ask([{ pupilGroup: 'disadv', phase: 'primary' }]);
    expect(disadv!.missing).toEqual({
      persistent_absence_rate: {
        why: 'definition',
        found: { halfTerms: 5, paThreshold: 10 },
        wanted: { halfTerms: 6, paThreshold: 10 },
      },
    });
  });

  it('tells a group held for another phase from a group not held at all', () => {
    const [secondary, boys] = ask([
      { pupilGroup: 'disadv', phase: 'secondary' },
      { pupilGroup: 'boys', phase: 'primary' },
    ]);
    expect(secondary!.missing['overall_absence_rate']).toEqual({ why: 'phase' });
    expect(boys!.missing['overall_absence_rate']).toEqual({ why: 'group' });
  });
});
