// Inline PredictionsReport and AttendanceReport values for the chart-data tests.
import type { AttendanceReport, SchoolAttendance } from '../../../src/aggregate/attendance/attendance-report.js';
import type { PredictionsReport, PredictionsRow, Shown } from '../../../src/publish/predictions/predictions-report.js';

export function row(
  level: PredictionsRow['level'],
  areaCode: string,
  pupilGroup: string,
  rate: Shown,
  gap: Shown,
  extra: Partial<PredictionsRow> = {},
): PredictionsRow {
  return {
    level,
    areaCode,
    areaName: `Area ${areaCode}`,
    pupilGroup,
    measure: 'ks2_rwm_l4',
    kind: 'threshold',
    cohort: 30,
    count: 20,
    rate,
    nationalRate: 80,
    gapToNational: gap,
    ...extra,
  };
}

export function report(
  rows: PredictionsRow[],
  published = false,
  period: Partial<PredictionsReport> = {},
): PredictionsReport {
  return {
    academicYear: '2014/15',
    keyStage: 'KS2',
    round: 'Autumn',
    levels: ['city', 'group', 'school'],
    published,
    threshold: 4,
    nationalFallbackYears: [],
    returns: 2,
    rows,
    ...period,
  };
}

const returned = (overall: number, persistent: number) => ({
  status: 'returned' as const,
  counts: {
    enrolments: 100,
    possible_sessions: 10000,
    authorised_absence: 0,
    unauthorised_absence: 0,
    persistent_absentees: 0,
  },
  rates: {
    overall_absence_rate: overall,
    authorised_absence_rate: 0,
    unauthorised_absence_rate: 0,
    persistent_absence_rate: persistent,
  },
});

function school(
  urn: string,
  name: string,
  figures: SchoolAttendance['byGroup'] extends Map<string, infer F> ? F : never,
  ranks: [number, number] | [],
): SchoolAttendance {
  return {
    urn,
    name,
    phase: 'primary',
    byGroup: new Map([['all', figures]]),
    trend: { classification: 'insufficient data' } as SchoolAttendance['trend'],
    ...(ranks.length ? { rankOverall: ranks[0], rankPersistent: ranks[1] } : {}),
  };
}

export function attendance(
  academicYear: string,
  term: AttendanceReport['term'],
  cityRate: number,
  target?: number,
): AttendanceReport {
  return {
    academicYear,
    term,
    yearToDate: false,
    phase: 'all',
    schools: [
      school('1', 'Ash', returned(4.04, 9.5), [2, 1]),
      school('2', 'Beech', returned(3.96, 12.25), [1, 2]),
      school('3', 'Chestnut', { status: 'not returned' }, []),
    ],
    areas: [
      {
        level: 'city',
        code: '874',
        name: 'City',
        phase: 'all',
        pupilGroup: 'all',
        figures: returned(cityRate, 10),
        schoolsReturned: 2,
        schoolsExpected: 3,
        nationalOverall: 4.6,
        ...(target !== undefined ? { target: { value: target, progress: {} as never } } : {}),
      },
    ],
  };
}
