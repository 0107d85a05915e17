// Issue 14, item 3: children looked after (`cla`) are published under the strictest threshold, read
// from settings.json (`publication.strictGroups`: counts of 1 to 10, and groups of 10 or fewer,
// withheld). Worked by hand: Ash has 3 looked-after children (37 of their 300 sessions missed, 12.3%),
// Cedar 15 and Dale 12; the city's 30 would give Ash's 3 away (30 − 15 − 12), so one more cell is
// withheld beside it. Ash's figures appear in no output: csv, markdown, xlsx, HTML, charts.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../src/aggregate/attendance/types.js';
import { shippedContext } from '../../src/domain/context.js';
import type { School } from '../../src/domain/register.js';
import { attendanceReportFrom, type AttendanceInputs } from '../../src/publish/attendance/build-attendance-report.js';
import { attendanceCsv, attendanceMarkdown, attendanceXlsx } from '../../src/publish/attendance/attendance-writers.js';
import { attendanceSchoolsSection, attendanceSection } from '../../src/publish/html/attendance-section.js';
import { attendanceRankRows } from '../../src/publish/report-charts/attendance-chart-rows.js';
import { parse } from 'csv-parse/sync';
import { aggregatePredictions, type SchoolFigure } from '../../src/aggregate/predictions/aggregate-predictions.js';
import { suppressPredictions } from '../../src/disclosure/suppress-predictions.js';

const context = shippedContext();
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
schools.push(school('100004', 'Dale Primary'));

// A group of n pupils, 100 sessions each, `missed` of them absent (3 authorised to 1 unauthorised).
function record(urn: string, pupilGroup: string, n: number, missed: number, pa: number): AttendanceRecord {
  const unauthorised = Math.floor(missed / 4);
  return {
    urn,
    academicYear: '2016/17',
    term: 'Autumn',
    pupilGroup,
    counts: {
      enrolments: n,
      possible_sessions: n * 100,
      authorised_absence: missed - unauthorised,
      unauthorised_absence: unauthorised,
      persistent_absentees: pa,
    },
  };
}
// Ash's 3 looked-after children missed 37 of 300 sessions: 12.3%, a figure no other row has.
const inputsOf = (cla: Record<string, [number, number, number]>): AttendanceInputs => ({
  records: [
    record('100001', 'all', 200, 900, 20),
    record('100002', 'all', 180, 810, 18),
    record('100003', 'all', 150, 600, 12),
    record('100004', 'all', 120, 480, 11),
    ...Object.entries(cla).map(([urn, [n, missed, pa]]) => record(urn, 'cla', n, missed, pa)),
  ],
  nationalComparators: [],
  targets: [],
  refused: new Set(),
  memberships: new Map(),
  schools,
});
const PERIOD = { academicYear: '2016/17', term: 'Autumn', yearToDate: false } as const;
const publish = (inputs: AttendanceInputs, under = context) =>
  attendanceReportFrom(inputs, { ...PERIOD, phase: 'all', published: true }, under);

type Row = Record<string, string>;
const rowsOf = (csv: string): Row[] => parse(csv, { columns: true });
const claRow = (rows: Row[], level: string, code: string) =>
  rows.find((r) => r['level'] === level && r['area_code'] === code && r['pupil_group'] === 'cla');

describe('children looked after, published under their own threshold', () => {
  const report = publish(inputsOf({ 100001: [3, 37, 1], 100003: [15, 150, 2], 100004: [12, 120, 2] }));
  const rows = rowsOf(attendanceCsv(report, context.catalogue));

  it('withholds a group of 3 at a school whole, and one more cell so the city total cannot give it away', () => {
    const ash = claRow(rows, 'school', '100001')!;
    for (const code of ['enrolments', 'possible_sessions', 'overall_absence_rate', 'persistent_absentees'])
      expect(ash[code]).toBe('c');
    // Shown, 30 − 15 − 12 would be Ash's 3: the city's, Cedar's or Dale's looked-after pupils are withheld too.
    const others = [claRow(rows, 'city', '874'), claRow(rows, 'school', '100003'), claRow(rows, 'school', '100004')];
    expect(others.filter((r) => r!['enrolments'] === 'c').length).toBeGreaterThanOrEqual(1);
    expect(report.published?.withheld?.secondary).toBeGreaterThanOrEqual(1);
  });

  it('shows the figure in no output: csv, markdown, xlsx, HTML or charts', async () => {
    const ashRate = '12.3';
    const unpublished = attendanceReportFrom(inputsOf({ 100001: [3, 37, 1] }), { ...PERIOD, phase: 'all' }, context);
    expect(attendanceCsv(unpublished, context.catalogue)).toContain(ashRate);
    expect(attendanceCsv(report, context.catalogue)).not.toContain(ashRate);
    expect(attendanceMarkdown(report, context.catalogue)).not.toContain(ashRate);
    const html = [
      attendanceSection(report, [], new Map(), context.catalogue),
      attendanceSchoolsSection(report, [], new Map(), context.catalogue),
    ].join('');
    expect(html).not.toContain(ashRate);
    for (const measure of ['overall', 'persistent'] as const)
      expect(JSON.stringify(attendanceRankRows(report, context.catalogue, measure))).not.toContain(ashRate);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await attendanceXlsx(report, context.catalogue)));
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(cells.some((v) => v.startsWith(ashRate))).toBe(false);
    expect(cells).toContain('c');
  });

  it('withholds a group of 8, above the city threshold of 4 but within the group threshold of 10', () => {
    const eight = publish(inputsOf({ 100001: [8, 80, 1], 100003: [15, 150, 2], 100004: [12, 120, 2] }));
    expect(claRow(rowsOf(attendanceCsv(eight, context.catalogue)), 'school', '100001')!['enrolments']).toBe('c');
    // The threshold is the settings' data: without the group's own line, 8 pupils are shown.
    const plain = {
      ...context,
      settings: { ...context.settings, publication: { ...context.settings.publication, strictGroups: [] } },
    };
    const shown = publish(inputsOf({ 100001: [8, 80, 1], 100003: [15, 150, 2], 100004: [12, 120, 2] }), plain);
    expect(claRow(rowsOf(attendanceCsv(shown, context.catalogue)), 'school', '100001')!['enrolments']).toBe('8');
  });

  it('shows a group of 11, above the group threshold', () => {
    const eleven = publish(inputsOf({ 100001: [11, 110, 5], 100003: [15, 150, 6], 100004: [12, 120, 6] }));
    const ash = claRow(rowsOf(attendanceCsv(eleven, context.catalogue)), 'school', '100001')!;
    expect(ash['enrolments']).toBe('11');
    expect(ash['overall_absence_rate']).toBe('10');
  });
});

describe('children looked after in predictions', () => {
  // KS2 RWM L4+: 6 looked-after children at s1, 5 reaching it (83.3%); 14 at s2, 9 reaching it. The
  // city threshold (4) would show s1's 6 and 5; the group's own (10) withholds them, and the city's
  // 20 and 14 would then give them away (20 − 14), so s2's or the city's go too.
  const figure = (urn: string, cohort: number, value: number): SchoolFigure => ({
    urn,
    schoolName: urn,
    pupilGroup: 'cla',
    cohort,
    measure: 'ks2_rwm_l4',
    value,
  });
  const schoolFigures = [figure('s1', 6, 5), figure('s2', 14, 9)];
  const figures = aggregatePredictions(schoolFigures, () => 'threshold', { code: '874', name: 'City' }, [
    'city',
    'school',
  ]);
  const hidden = suppressPredictions(figures, schoolFigures, 4, context);
  const at = (level: string, area: string) => figures.find((f) => f.level === level && f.areaCode === area)!;

  it('withholds a group of 6 at a school, and what would give it away', () => {
    expect(hidden.cohortHidden(at('school', 's1'))).toBe(true);
    expect(hidden.figureHidden(at('school', 's1'))).toBe(true);
    expect(hidden.cohortHidden(at('school', 's2')) || hidden.cohortHidden(at('city', '874'))).toBe(true);
  });

  it('reads "LAC" on a proforma as the group', () => {
    expect(context.catalogue.pupilGroupIndex.find('LAC')?.code).toBe('cla');
    expect(context.catalogue.pupilGroupIndex.find('looked after')?.code).toBe('cla');
  });
});
