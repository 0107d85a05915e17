// An area withheld whole when published keeps no gap to national: the national figure is shown, and
// national + gap would give the withheld rate back (as a school's gap is dropped with its rate).
import { describe, expect, it } from 'vitest';
import type { AttendanceReport, PeriodFigures } from '../../src/aggregate/attendance/attendance-report.js';
import { withholdSmallNumbers } from '../../src/disclosure/suppress-attendance.js';
import { shippedContext } from '../../src/domain/context.js';

const period = { academicYear: '2015/16', term: 'Autumn' as const };
// 3 pupils of 100 sessions each, 12 sessions missed: 4.0%, and 1 persistent absentee.
const three: PeriodFigures = {
  status: 'returned',
  counts: {
    enrolments: 3,
    possible_sessions: 300,
    authorised_absence: 9,
    unauthorised_absence: 3,
    persistent_absentees: 1,
  },
  rates: {
    overall_absence_rate: 4,
    authorised_absence_rate: 3,
    unauthorised_absence_rate: 1,
    persistent_absence_rate: 100 / 3,
  },
};
const report: AttendanceReport = {
  ...period,
  yearToDate: false,
  phase: 'all',
  schools: [
    {
      urn: '100001',
      name: 'School 100001',
      phase: 'primary',
      byGroup: new Map([['all', three]]),
      trend: { classification: 'insufficient data', from: period, to: period, terms: 1 },
      nationalOverall: 4.5,
      gapOverall: -0.5,
    },
  ],
  areas: [
    {
      level: 'city',
      code: '874',
      name: 'Kingsmere',
      phase: 'all',
      pupilGroup: 'all',
      figures: three,
      schoolsReturned: 1,
      schoolsExpected: 1,
      nationalOverall: 4.5,
      gapOverall: -0.5,
    },
  ],
};

describe('an area withheld whole', () => {
  it('shows the national figure and no gap to it', () => {
    const out = withholdSmallNumbers(report, 4, shippedContext());
    const city = out.areas[0]!;
    expect(city.figures).toMatchObject({ status: 'returned', withheld: 'all' });
    expect([city.nationalOverall, city.gapOverall]).toEqual([4.5, undefined]);
    expect([out.schools[0]!.nationalOverall, out.schools[0]!.gapOverall]).toEqual([4.5, undefined]);
  });
});
