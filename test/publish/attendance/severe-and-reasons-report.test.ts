// Issue 14, item 2: severe absence beside persistent absence, and absence by reason as a table and a
// stacked chart against national, every figure from counts. Worked by hand, 100 sessions a pupil:
//
//   school  pupils  illness  appts  unauth hol  no reason yet  severe       severe rate  rank  gap to 1.5
//   Ash       200     500     200      100          200           7 of 200     3.5%       2     +2.0
//   Birch     100     250      50       60           40           5 of 100     5.0%       3     +3.5
//   Cedar     100     300     100       50          150           2 of 100     2.0%       1     +0.5
//   city      400    1,050    350      210          390          14 of 400     3.5%             +2.0
//
// City reasons, % of 40,000 sessions: illness 2.6 (2.625), appointments 0.9 (0.875), unauthorised holiday
// 0.5 (0.525), no reason yet 1.0 (0.975); national illness 2.5. Concern: 2 a point of severe absence
// above national: Birch 7.0, Ash 4.0, Cedar 1.0. Published, Cedar's 2 severe absentees are withheld
// (and one more, since 14 − 7 − 5 = 2); its persistent absence, 10 of 100, stays shown.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../../src/aggregate/attendance/types.js';
import { shippedContext } from '../../../src/domain/context.js';
import type { School } from '../../../src/domain/register.js';
import {
  attendanceReportFrom,
  type AttendanceInputs,
} from '../../../src/publish/attendance/build-attendance-report.js';
import { attendanceCsv, attendanceMarkdown } from '../../../src/publish/attendance/attendance-writers.js';
import { concernRows } from '../../../src/publish/attendance/concern-report.js';
import { absenceReasonsChart } from '../../../src/publish/charts/index.js';
import { severeAndReasonsSection } from '../../../src/publish/html/reasons-section.js';
import { reasonChartRows } from '../../../src/publish/report-charts/reason-chart-rows.js';
import { schemaProblems } from '../charts/vega-lite-schema.js';

const context = shippedContext();
const cat = context.catalogue;
const school = (urn: string, name: string): School => ({
  urn,
  laestab: `874${urn.slice(-4)}`,
  laCode: '874',
  name,
  phase: 'Primary',
  type: 'Community school',
  status: 'Open',
});
const schools = [school('100001', 'Ash Primary'), school('100002', 'Birch Primary'), school('100003', 'Cedar Primary')];
function record(
  urn: string,
  n: number,
  [ill, appt, hol, noyet]: number[],
  pa: number,
  severe: number,
): AttendanceRecord {
  return {
    urn,
    academicYear: '2016/17',
    term: 'Autumn',
    pupilGroup: 'all',
    counts: {
      enrolments: n,
      possible_sessions: n * 100,
      authorised_absence: ill! + appt!,
      unauthorised_absence: hol! + noyet!,
      persistent_absentees: pa,
      severe_absentees: severe,
      sess_auth_illness: ill!,
      sess_auth_appointments: appt!,
      sess_unauth_holiday: hol!,
      sess_unauth_noyet: noyet!,
    },
  };
}
const national = (key_stage: string, measure: string, value: number) => ({
  academic_year: '2016/17',
  key_stage,
  measure,
  value,
});
const inputs: AttendanceInputs = {
  records: [
    record('100001', 200, [500, 200, 100, 200], 20, 7),
    record('100002', 100, [250, 50, 60, 40], 8, 5),
    record('100003', 100, [300, 100, 50, 150], 10, 2),
  ],
  nationalComparators: ['primary', 'all'].flatMap((phase) => [
    national(phase, 'severe_absence_rate', 1.5),
    national(phase, 'absence_auth_illness_rate', 2.5),
  ]),
  targets: [],
  refused: new Set(),
  memberships: new Map(),
  schools,
};
const PERIOD = { academicYear: '2016/17', term: 'Autumn', yearToDate: false, phase: 'all' } as const;
const report = attendanceReportFrom(inputs, PERIOD, context);
const published = attendanceReportFrom(inputs, { ...PERIOD, published: true }, context);
type Row = Record<string, string>;
const rows = (r: typeof report): Row[] => parse(attendanceCsv(r, cat), { columns: true });
const at = (list: Row[], level: string, code: string) =>
  list.find((r) => r['level'] === level && r['area_code'] === code && r['pupil_group'] === 'all')!;

describe('severe absence beside persistent absence', () => {
  it('gives each school its rate, rank and gap to national, and the city its rate from summed counts', () => {
    const csv = rows(report);
    const pick = (r: Row) => [r['severe_absence_rate'], r['rank_severe_absence'], r['gap_severe_absence']];
    expect(pick(at(csv, 'school', '100001'))).toEqual(['3.5', '2', '2']);
    expect(pick(at(csv, 'school', '100002'))).toEqual(['5', '3', '3.5']);
    expect(pick(at(csv, 'school', '100003'))).toEqual(['2', '1', '0.5']);
    expect(at(csv, 'city', '874')['severe_absence_rate']).toBe('3.5');
    expect(at(csv, 'city', '874')['national_severe_absence_rate']).toBe('1.5');
  });

  it('puts severe absence and its rank in the ranked table, after persistent absence', () => {
    const md = attendanceMarkdown(report, cat);
    expect(md).toContain('| PA % | PA rank | Severe absence % | Severe absence rank |');
  });

  it('withholds a small severe count with what would give it away, and keeps persistent absence shown', () => {
    const csv = rows(published);
    const cedar = at(csv, 'school', '100003');
    expect([cedar['severe_absentees'], cedar['severe_absence_rate'], cedar['rank_severe_absence']]).toEqual([
      'c',
      'c',
      '',
    ]);
    expect(cedar['persistent_absence_rate']).toBe('10');
    const others = [at(csv, 'school', '100001'), at(csv, 'school', '100002'), at(csv, 'city', '874')];
    expect(others.some((r) => r['severe_absentees'] === 'c')).toBe(true);
  });

  it('weighs severe absence in the concern list: 2 a point above national', () => {
    const list = concernRows(report, cat).rows.map((r) => [r.name, r.rank, r.score]);
    expect(list).toEqual([
      ['Birch Primary', 1, 7],
      ['Ash Primary', 2, 4],
      ['Cedar Primary', 3, 1],
    ]);
    expect(concernRows(report, cat).rows[0]!.reasons).toEqual(['severe absence 5.0%, 3.5 points above national']);
  });
});

describe('absence by reason', () => {
  it('tables each reason as a share of possible sessions: national, the city, each school', () => {
    const md = attendanceMarkdown(report, cat);
    expect(md).toContain('Absence by reason, % of possible sessions');
    expect(md).toContain('| Area | Illness | Medical appointments | Unauthorised holiday | No reason yet |');
    expect(md).toMatch(/\| National \| 2\.5 \| +\| +\| +\|/);
    expect(md).toMatch(/\| City \| 2\.6 \| 0\.9 \| 0\.5 \| 1\.0 \|/);
    expect(md).toMatch(/\| Cedar Primary \| 3\.0 \| 1\.0 \| 0\.5 \| 1\.5 \|/);
  });

  it('draws the city against national as a stacked chart, its numbers the table’s', () => {
    const chart = absenceReasonsChart(reasonChartRows(report, cat, 'city'), {
      period: '2016/17 Autumn',
      about: 'city',
    });
    expect(chart.table.rows).toEqual([
      ['National', 2.5, null, null, null],
      ['City', 2.6, 0.9, 0.5, 1],
    ]);
    expect(schemaProblems(chart.spec)).toEqual([]);
    const schools = reasonChartRows(report, cat, 'schools');
    expect(schools.map((r) => r.area).sort()).toEqual(['Ash Primary', 'Birch Primary', 'Cedar Primary']);
    expect(schools.find((r) => r.area === 'Birch Primary')!.reasons.map((r) => r.rate)).toEqual([2.5, 0.5, 0.6, 0.4]);
  });

  it('shows severe absence and the reasons in the Board paper', () => {
    const section = String(severeAndReasonsSection(report, cat));
    expect(section).toContain('3.5% of the city’s pupils, against 1.5% nationally.');
    expect(section).toContain('Sessions missed by reason');
  });
});

describe('the year to date', () => {
  // Ash, Spring: 200 pupils, 20,000 sessions, illness 300, appointments 100, no reason yet 100, 4 severe.
  // Autumn and Spring: illness 800 of 40,000 sessions, 2.0%; severe absentees the latest term's, 4 of 200, 2.0%.
  it('sums the reasons over the terms and takes severe absentees from the latest term', () => {
    const spring = { ...record('100001', 200, [300, 100, 0, 100], 15, 4), term: 'Spring' as const };
    const ytd = attendanceReportFrom(
      { ...inputs, records: [...inputs.records, spring] },
      { ...PERIOD, term: 'Spring', yearToDate: true },
      context,
    );
    const ash = at(rows(ytd), 'school', '100001');
    expect([ash['absence_auth_illness_rate'], ash['severe_absentees'], ash['severe_absence_rate']]).toEqual([
      '2',
      '4',
      '2',
    ]);
  });
});
