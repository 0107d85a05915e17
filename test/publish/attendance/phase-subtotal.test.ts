// Issue 13: a --phase report's city row is the phase's schools alone. It was labelled "City" and
// rated against the whole city's target (primary 4.1% "Achieved" where the city's 5.1% was not).
import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../../src/aggregate/attendance/types.js';
import { shippedContext } from '../../../src/domain/context.js';
import type { School } from '../../../src/domain/register.js';
import { attendanceMarkdown } from '../../../src/publish/attendance/attendance-writers.js';
import {
  attendanceReportFrom,
  type AttendanceInputs,
} from '../../../src/publish/attendance/build-attendance-report.js';

const context = shippedContext();
const school = (urn: string, phase: string): School => ({
  urn,
  laestab: `874${urn.slice(-4)}`,
  laCode: '874',
  name: `School ${urn}`,
  phase,
  type: 'Community school',
  status: 'Open',
});
// 200 pupils each, 100 sessions a pupil: the primary school 4% absent, the secondary 6%; the city 5%.
const record = (urn: string, absent: number): AttendanceRecord => ({
  urn,
  academicYear: '2014/15',
  term: 'Autumn',
  pupilGroup: 'all',
  counts: {
    enrolments: 200,
    possible_sessions: 20_000,
    authorised_absence: absent * 200 - 200,
    unauthorised_absence: 200,
    persistent_absentees: 20,
  },
});
const inputs: AttendanceInputs = {
  records: [record('100001', 4), record('100002', 6)],
  nationalComparators: [],
  targets: [{ scope: 'city', measure: context.catalogue.attendanceColumns.absenceRate.code, value: 4.5 }],
  refused: new Set(),
  memberships: new Map(),
  schools: [school('100001', 'Primary'), school('100002', 'Secondary')],
};
const report = (phase: 'all' | 'primary') =>
  attendanceReportFrom(inputs, { academicYear: '2014/15', term: 'Autumn', yearToDate: false, phase }, context);
const cityRow = (phase: 'all' | 'primary') =>
  report(phase).areas.find((a) => a.level === 'city' && a.pupilGroup === 'all')!;

describe('a --phase attendance report', () => {
  it("names its city row for the phase and does not rate it against the city's target", () => {
    // The whole city: 5.0% against a target of 4.5, rated. The primary school alone: 4.0%, not rated.
    expect(cityRow('all').target?.value).toBe(4.5);
    expect(cityRow('primary').target).toBeUndefined();
    const md = attendanceMarkdown(report('primary'), context.catalogue);
    expect(md).toContain('| City, primary schools |');
    expect(md).not.toContain('| City |');
    expect(attendanceMarkdown(report('all'), context.catalogue)).toContain('| City |');
  });
});
