// Small numbers withheld in a published attendance report, at the edges of each rule: persistent
// absentees of 1..threshold, groups of 1..threshold pupils, and in a group of at most
// smallGroupCohort pupils all but 1..threshold persistently absent; then what would reveal them.
import { describe, expect, it } from 'vitest';
import { settings } from '../../schemas/settings.schema.js';
import type {
  AreaAttendance,
  AttendanceReport,
  PeriodFigures,
  SchoolAttendance,
} from '../../src/aggregate/attendance/attendance-report.js';
import { withholdSmallNumbers } from '../../src/disclosure/suppress-attendance.js';
import { shippedContext } from '../../src/domain/context.js';

const context = shippedContext();

const threshold = 4; // settings.publication.smallCountThreshold
const period = { academicYear: '2015/16', term: 'Autumn' as const };

// 100 possible sessions a pupil, 3 authorised and 1 unauthorised absent: (3 + 1) / 100 = 4% overall.
function returned(enrolments: number, persistent_absentees: number): PeriodFigures {
  return {
    status: 'returned',
    counts: {
      enrolments,
      possible_sessions: enrolments * 100,
      persistent_absentees,
      authorised_absence: enrolments * 3,
      unauthorised_absence: enrolments,
    },
    rates: {
      overall_absence_rate: 4,
      authorised_absence_rate: 3,
      unauthorised_absence_rate: 1,
      persistent_absence_rate: (persistent_absentees / enrolments) * 100,
    },
  };
}

function school(urn: string, byGroup: [string, PeriodFigures][]): SchoolAttendance {
  const trend = { classification: 'insufficient data' as const, from: period, to: period, terms: 1 };
  return { urn, name: `School ${urn}`, phase: 'primary', byGroup: new Map(byGroup), trend };
}

function cityArea(figures: PeriodFigures, schoolsReturned: number): AreaAttendance {
  return {
    level: 'city',
    code: '874',
    name: 'Kingsmere',
    phase: 'all',
    pupilGroup: 'all',
    figures,
    schoolsReturned,
    schoolsExpected: schoolsReturned,
  };
}

const report = (schools: SchoolAttendance[], areas: AreaAttendance[] = []): AttendanceReport => ({
  ...period,
  yearToDate: false,
  phase: 'all',
  published: { threshold },
  schools,
  areas,
});

type Returned = Extract<PeriodFigures, { status: 'returned' }>;
const figureOf = (r: AttendanceReport, urn: string, group = 'all') =>
  r.schools.find((s) => s.urn === urn)!.byGroup.get(group) as Returned;
/** What one school of `enrolments`, `absentees` persistently absent, shows: 'shown', 'persistent' or 'all'. */
function withheld(enrolments: number, absentees: number): string {
  const out = withholdSmallNumbers(
    report([school('100001', [['all', returned(enrolments, absentees)]])]),
    threshold,
    context,
  );
  return figureOf(out, '100001').withheld ?? 'shown';
}

describe('withholdSmallNumbers: boundaries', () => {
  it("is tested against the city's settings: threshold 4, small group 10", () => {
    expect(settings.publication).toEqual({
      smallCountThreshold: 4,
      smallGroupCohort: 10,
      // Issue 14: children looked after are published under thresholds of their own.
      strictGroups: [{ pupilGroup: 'cla', smallCountThreshold: 10, smallGroupCohort: 10 }],
    });
  });

  it('withholds persistent absentees equal to the threshold and shows threshold + 1', () => {
    // 4 of 100 is small; 5 of 100 is not. Complements 96 and 95 are large.
    expect(withheld(100, 4)).toBe('persistent');
    expect(withheld(100, 5)).toBe('shown');
  });

  it('withholds every persistent-absentee count from 1 to the threshold, and shows 0', () => {
    for (const n of [1, 2, 3, 4]) expect(withheld(100, n), `${n} of 100`).toBe('persistent');
    expect(withheld(100, 0)).toBe('shown');
  });

  it("withholds the persistent rate only, and the school's persistent rank with it", () => {
    const out = withholdSmallNumbers(report([school('100001', [['all', returned(100, 3)]])]), threshold, context);
    expect(figureOf(out, '100001').rates).toEqual({
      overall_absence_rate: 4,
      authorised_absence_rate: 3,
      unauthorised_absence_rate: 1,
      persistent_absence_rate: undefined,
    });
    expect(out.schools[0]!.rankOverall).toBe(1);
    expect(out.schools[0]).not.toHaveProperty('rankPersistent');
  });

  it('withholds a group of 1 to the threshold pupils whole, and shows a group of threshold + 1', () => {
    // 0 of n persistently absent: the enrolments n are themselves the small count.
    for (const n of [1, 2, 3, 4]) expect(withheld(n, 0), `${n} pupils`).toBe('all');
    // 5 pupils, 0 absent: 5 is not small and neither is 5 − 0 = 5.
    expect(withheld(5, 0)).toBe('shown');
    const out = withholdSmallNumbers(report([school('100001', [['all', returned(3, 1)]])]), threshold, context);
    expect(Object.values(figureOf(out, '100001').rates).every((r) => r === undefined)).toBe(true);
    expect(out.schools[0]).not.toHaveProperty('rankOverall');
  });

  it('in a group of exactly smallGroupCohort (10) pupils, withholds all but 1 to the threshold absent', () => {
    // 10 − 9 = 1, 10 − 8 = 2, 10 − 7 = 3, 10 − 6 = 4 pupils not persistently absent: small complements.
    for (const n of [9, 8, 7, 6]) expect(withheld(10, n), `${n} of 10`).toBe('persistent');
    // 10 − 5 = 5 not absent: neither 5 nor its complement is small.
    expect(withheld(10, 5)).toBe('shown');
  });

  it('in a group of smallGroupCohort + 1 (11) pupils, shows all but 1 to the threshold absent', () => {
    // 11 − 10 = 1 … 11 − 7 = 4: the group is not small, so the complement is not checked.
    for (const n of [10, 9, 8, 7]) expect(withheld(11, n), `${n} of 11`).toBe('shown');
  });

  it('withholds a second school so the first is not the city total minus the other', () => {
    // Ash 3 of 100 (small), Beech 20 of 120, city 23 of 220. Showing Beech would give Ash = 23 − 20 = 3,
    // so Beech's count is withheld too; with both hidden, Ash + Beech = 23 leaves each in 0..23.
    const out = withholdSmallNumbers(
      report(
        [school('100001', [['all', returned(100, 3)]]), school('100002', [['all', returned(120, 20)]])],
        [cityArea(returned(220, 23), 2)],
      ),
      threshold,
      context,
    );
    expect(figureOf(out, '100001').withheld).toBe('persistent');
    expect(figureOf(out, '100002').withheld).toBe('persistent');
    const city = out.areas[0]!.figures as Returned;
    expect(city.withheld).toBeUndefined();
    expect(city.rates.persistent_absence_rate).toBeCloseTo((23 / 220) * 100, 10);
    // Enrolments are not small anywhere: overall rates stay.
    expect(figureOf(out, '100002').rates.overall_absence_rate).toBe(4);
  });

  it('withholds girls when boys are withheld, so boys are not all pupils minus girls', () => {
    // All 12 of 60, boys 3 of 30 (small), girls 9 of 30: 12 − 9 = 3 would reveal boys.
    const out = withholdSmallNumbers(
      report([
        school('100001', [
          ['all', returned(60, 12)],
          ['boys', returned(30, 3)],
          ['girls', returned(30, 9)],
        ]),
      ]),
      threshold,
      context,
    );
    expect(figureOf(out, '100001', 'boys').withheld).toBe('persistent');
    expect(figureOf(out, '100001', 'girls').withheld).toBe('persistent');
    expect(figureOf(out, '100001', 'all').withheld).toBeUndefined();
  });
});

describe('withholdSmallNumbers: an area withheld whole', () => {
  it('shows the national figure and no gap to it, which with the national would give the rate back', () => {
    // One school of 3 pupils, 4.0% absent, so the city is those 3 pupils too; national 4.5%, gap −0.5.
    const national = { nationalOverall: 4.5, gapOverall: -0.5 };
    const out = withholdSmallNumbers(
      report(
        [{ ...school('100001', [['all', returned(3, 1)]]), ...national }],
        [{ ...cityArea(returned(3, 1), 1), ...national }],
      ),
      threshold,
      context,
    );
    const city = out.areas[0]!;
    expect(city.figures).toMatchObject({ status: 'returned', withheld: 'all' });
    expect([city.nationalOverall, city.gapOverall]).toEqual([4.5, undefined]);
    expect([out.schools[0]!.nationalOverall, out.schools[0]!.gapOverall]).toEqual([4.5, undefined]);
  });
});
