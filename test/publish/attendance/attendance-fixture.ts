// A small attendance report worked by hand, for the attendance tables' tests. One school returned:
// 200 pupils, 24,000 possible sessions, 900 authorised + 300 unauthorised = 1,200 sessions missed
// (5.0%), 20 persistent absentees (10.0%); national 4.6%, so a gap of +0.4; 0.3 points down on a
// year earlier; a target of 4.5 not likely to be achieved (red). One school sent nothing. The city
// and the school's collaborative group have the returned school's figures; the city's target of
// 4.5 will be achieved but late (amber).
import type { AttendanceReport, PeriodFigures } from '../../../src/aggregate/attendance/attendance-report.js';
import type { TargetProgress, Trend } from '../../../src/aggregate/attendance/index.js';

const returned: PeriodFigures = {
  status: 'returned',
  counts: {
    enrolments: 200,
    possible_sessions: 24_000,
    authorised_absence: 900,
    unauthorised_absence: 300,
    persistent_absentees: 20,
  },
  rates: {
    overall_absence_rate: 5,
    authorised_absence_rate: 3.75,
    unauthorised_absence_rate: 1.25,
    persistent_absence_rate: 10,
  },
};

const trend = (classification: Trend['classification']): Trend => ({
  classification,
  from: { academicYear: '2014/15', term: 'Spring' },
  to: { academicYear: '2015/16', term: 'Autumn' },
  terms: 6,
});

const target = (rating: TargetProgress['rating'], colour: TargetProgress['colour']) => ({
  value: 4.5,
  progress: { rating, colour, reason: 'worked by hand' },
});

export function attendanceFixture(names: { returned: string; missing: string; group: string }): AttendanceReport {
  return {
    academicYear: '2015/16',
    term: 'Autumn',
    yearToDate: false,
    phase: 'all',
    persistentThreshold: 10,
    schools: [
      {
        urn: '110001',
        name: names.returned,
        phase: 'primary',
        collaborativeGroup: names.group,
        byGroup: new Map([['all', returned]]),
        rankOverall: 1,
        rankPersistent: 1,
        quartileOverall: 1,
        nationalOverall: 4.6,
        gapOverall: 0.4,
        changeOverall: -0.3,
        trend: trend('declining'),
        target: target('Not likely to be achieved', 'red'),
      },
      {
        urn: '110002',
        name: names.missing,
        phase: 'primary',
        collaborativeGroup: names.group,
        byGroup: new Map([['all', { status: 'not returned' }]]),
        trend: trend('insufficient data'),
      },
    ],
    areas: [
      {
        level: 'city',
        code: '874',
        name: 'Kingsmere',
        phase: 'all',
        pupilGroup: 'all',
        figures: returned,
        schoolsReturned: 1,
        schoolsExpected: 2,
        nationalOverall: 4.6,
        gapOverall: 0.4,
        target: target('Will be achieved but late', 'amber'),
      },
      {
        level: 'group',
        code: names.group,
        name: names.group,
        phase: 'all',
        pupilGroup: 'all',
        figures: returned,
        schoolsReturned: 1,
        schoolsExpected: 2,
        nationalOverall: 4.6,
        gapOverall: 0.4,
      },
    ],
  };
}
