// The attendance report as PublishedTables, built once for every format: the tidy table (the csv
// and the xlsx sheet) and, for a reader, the schools ranked, the schools not ranked, the city,
// phase and group totals, and the rules trends, targets and years to date are judged by. Every
// figure comes from attendanceRows, so the tables cannot disagree with the csv.
import {
  TARGET_RATING_COLOURS,
  TARGET_RULES,
  TREND_RULES,
  YEAR_TO_DATE_RULES,
} from '../../aggregate/attendance/index.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { reportText } from '../../messages/report-text.js';
import { ratingColour } from '../rating-colours.js';
import { text, type CellColour } from '../table/published-table.js';
import { cellFor } from './cell-for.js';
import type { Column, GssSymbol, PublishedTable } from '../table/published-table.js';
import { benchmarkCells, benchmarkColumns } from './attendance-benchmark-columns.js';
import { attendanceBenchmarkTable } from './attendance-benchmark-table.js';
import { attendanceRows, type AttendanceRow } from './attendance-rows.js';
import { reasonsTable } from './reasons-table.js';
import { groupsTable } from './groups-table.js';
import { attendanceTableColumns, type AttendanceTableColumns } from './table-columns.js';
import { gapColumn as gap, rateColumn as rate } from './absence-columns.js';

/** Each target rating with the colour its cell is filled with (rating-colours.ts: dark green to red). */
export const RATING_COLOURS: Readonly<Record<string, CellColour>> = Object.fromEntries(
  Object.keys(TARGET_RATING_COLOURS).map((rating) => {
    const colour = ratingColour(rating)!;
    return [rating, { name: colour.className, fill: colour.fill, ink: colour.text }];
  }),
);

export { cellFor };

const cellsOf = (row: AttendanceRow, columns: readonly Column[]) => columns.map((c) => cellFor(row[c.code], c));

/**
 * The tidy table's columns, headed by their codes: rates in percent and gaps (to national, on a
 * year earlier) in percentage points, as the report rounded them; counts of pupils; other figures
 * (sessions, events, ranks, quartiles); the rest words, the target rating with its colour.
 */
function tidyColumns(t: AttendanceTableColumns, catalogue: Catalogue): Column[] {
  const columns = catalogue.attendanceColumns;
  const rates = new Set([
    ...columns.rates.map((r) => r.code),
    t.nationalAbsence,
    t.nationalPupilsAbsent,
    t.targetAbsence,
    ...t.ranked.map((r) => r.national),
    ...t.nationalOthers.map((r) => r.national),
  ]);
  const gaps = new Set([
    t.gapAbsence,
    t.gapPupilsAbsent,
    t.changeAbsence,
    t.changePupilsAbsent,
    ...t.ranked.map((r) => r.gap),
  ]);
  const figures = new Set([
    ...t.figures,
    ...t.events,
    t.rankAbsence,
    t.rankPupilsAbsent,
    t.quartileAbsence,
    ...t.ranked.map((r) => r.rank),
  ]);
  return t.all.map((code): Column => {
    if (rates.has(code)) return { code, heading: code, kind: 'rate', unit: 'percent' };
    if (gaps.has(code))
      return { code, heading: code, kind: 'gap', unit: 'percentage points', signed: true, better: 'lower' };
    if (columns.column(code)?.unit === 'pupils') return { code, heading: code, kind: 'count', unit: 'pupils' };
    if (figures.has(code)) return { code, heading: code, kind: 'number' };
    return { code, heading: code, kind: 'text', ...(code === 'target_rating' ? { colours: RATING_COLOURS } : {}) };
  });
}

/** The tidy table: one row per level, area and pupil group, columns named by the catalogue's codes. */
export function attendanceTidyTable(report: AttendanceReport, catalogue: Catalogue): PublishedTable {
  const columns = [
    ...tidyColumns(attendanceTableColumns(catalogue.attendanceColumns), catalogue),
    ...benchmarkColumns(catalogue),
  ];
  return {
    id: 'attendance',
    title: reportText['attendance-report.sheet'],
    tidy: true,
    columns,
    rows: attendanceRows(report, catalogue).map((r) => ({
      cells: cellsOf({ ...r, ...benchmarkCells(report, r, catalogue) }, columns),
    })),
  };
}

// The reader's columns, coded as the tidy table's so a program reads either alike. Rates and gaps
// as every report shows them: one decimal, a sign on gaps; ranks and quartiles as they are.
const label = (code: string, heading: string): Column => ({ code, heading, kind: 'text' });
const place = (code: string, heading: string): Column => ({ code, heading, kind: 'number' });
const rating = (heading: string): Column => ({ ...label('target_rating', heading), colours: RATING_COLOURS });

/**
 * The schools a reader's tables list, by their all-pupils rows: those ranked, and those not
 * returned, refused or incomplete. A school returned but not ranked is in neither.
 */
function listedSchools(rows: readonly AttendanceRow[], t: AttendanceTableColumns, whole: string) {
  const schools = rows.filter(
    (r) =>
      r.level === 'school' && r.pupil_group === whole && (r[t.rankAbsence] !== undefined || r.status !== 'returned'),
  );
  return {
    ranked: schools.filter((s) => s.status === 'returned'),
    missing: schools.filter((s) => s.status !== 'returned'),
  };
}

/** The rates ranked beside the headlines (severe absence) that some row has: their rate and rank columns. */
function besideRanked(rows: readonly AttendanceRow[], t: AttendanceTableColumns, catalogue: Catalogue): Column[] {
  return t.ranked
    .filter((r) => rows.some((row) => row[r.rate] !== undefined))
    .flatMap((r) => {
      const label = catalogue.attendanceColumns.rates.find((x) => x.code === r.rate)!.label;
      return [rate(r.rate, reportText['column.rate-of'](label)), place(r.rank, reportText['column.rank-of'](label))];
    });
}

function rankedTable(
  ranked: readonly AttendanceRow[],
  t: AttendanceTableColumns,
  catalogue: Catalogue,
): PublishedTable {
  const columns = [
    place(t.rankAbsence, reportText['column.rank']),
    label('area_name', reportText['column.school']),
    label('phase', reportText['column.phase']),
    label('collaborative_group', reportText['column.collaborative-group']),
    rate(t.absenceRate, reportText['column.overall-absence']),
    gap(t.gapAbsence, reportText['column.gap-to-national']),
    gap(t.changeAbsence, reportText['column.change-on-last-year']),
    place(t.quartileAbsence, reportText['column.quartile']),
    rate(t.pupilsAbsentRate, reportText['column.persistent-absence-short']),
    place(t.rankPupilsAbsent, reportText['column.persistent-absence-rank']),
    ...besideRanked(ranked, t, catalogue),
    label('trend', reportText['column.trend']),
    rating(reportText['column.target-rating']),
  ];
  return {
    id: 'attendance-ranked',
    title: reportText['attendance-report.ranked'],
    underHeading: true,
    key: { level: 'school' },
    columns,
    rows: ranked.map((r) => ({ key: { urn: String(r.area_code) }, cells: cellsOf(r, columns) })),
  };
}

function notRankedList(missing: readonly AttendanceRow[]): PublishedTable {
  return {
    id: 'attendance-not-ranked',
    title: reportText['attendance-report.not-ranked'](missing.length),
    layout: 'list',
    columns: [label('school', reportText['column.school'])],
    rows: missing.map((r) => ({
      key: { urn: String(r.area_code) },
      cells: [text(reportText['school.with-status'](String(r.area_name), String(r.area_code), String(r.status)))],
    })),
  };
}

function areasTable(
  report: AttendanceReport,
  rows: readonly AttendanceRow[],
  t: AttendanceTableColumns,
  catalogue: Catalogue,
): PublishedTable {
  const whole = catalogue.wholeCohort;
  const severe = besideRanked(
    rows.filter((r) => r.level !== 'school' && r.pupil_group === whole),
    t,
    catalogue,
  ).filter((c) => c.kind === 'rate');
  const columns = [
    label('area_name', reportText['column.area']),
    { ...place('schools_returned', reportText['column.schools-returned']), unit: 'schools' as const },
    rate(t.absenceRate, reportText['column.overall-absence']),
    gap(t.gapAbsence, reportText['column.gap-to-national']),
    rate(t.pupilsAbsentRate, reportText['column.persistent-absence-short']),
    ...severe,
    rate(t.targetAbsence, reportText['column.target']),
    rating(reportText['column.rating']),
  ];
  const [, , ...figures] = columns;
  const areas = report.areas.filter((a) => a.pupilGroup === whole);
  return {
    id: 'attendance-areas',
    title: reportText['attendance-report.areas'],
    columns,
    rows: areas.map((a) => {
      const row = rows.find((x) => x.level === a.level && x.area_code === a.code && x.pupil_group === whole) ?? {};
      const name =
        a.level === 'city'
          ? a.phase === 'all'
            ? reportText['attendance-area.city']
            : reportText['attendance-area.city-phase'](a.phase)
          : a.level === 'phase'
            ? reportText['attendance-area.phase'](a.name)
            : reportText['attendance-area.group'](a.name);
      const returned = reportText['attendance-area.returned'](a.schoolsReturned, a.schoolsExpected);
      return {
        key: { level: a.level, area: a.code },
        cells: [text(name), text(returned), ...cellsOf(row, figures)],
      };
    }),
  };
}

function rulesList(): PublishedTable {
  return {
    id: 'attendance-rules',
    title: reportText['attendance-report.rules'],
    layout: 'list',
    columns: [label('rule', reportText['column.rule'])],
    rows: [...TREND_RULES.text, ...TARGET_RULES, ...YEAR_TO_DATE_RULES].map((rule) => ({ cells: [text(rule)] })),
  };
}

/** The reader's tables by name: the same values the markdown and the HTML report draw. */
export interface AttendanceReaderTables {
  readonly ranked: PublishedTable;
  /** Only when some school was not returned, refused or incomplete. */
  readonly notRanked?: PublishedTable;
  readonly areas: PublishedTable;
  /** Only when the report has rows of a pupil group: the city's and phases' against national (issues 12, 14). */
  readonly groups?: PublishedTable;
  /** Only when some return gave sessions by reason. */
  readonly reasons?: PublishedTable;
  readonly rules: PublishedTable;
}

export function attendanceTables(report: AttendanceReport, catalogue: Catalogue): AttendanceReaderTables {
  const t = attendanceTableColumns(catalogue.attendanceColumns);
  const whole = catalogue.wholeCohort;
  const rows = attendanceRows(report, catalogue);
  const { ranked, missing } = listedSchools(rows, t, whole);
  const reasons = reasonsTable(report, rows, catalogue);
  const groups = groupsTable(report, rows, t, catalogue);
  return {
    ranked: rankedTable(ranked, t, catalogue),
    ...(missing.length > 0 ? { notRanked: notRankedList(missing) } : {}),
    areas: areasTable(report, rows, t, catalogue),
    ...(groups ? { groups } : {}),
    ...(reasons ? { reasons } : {}),
    rules: rulesList(),
  };
}

/** The tables a reader reads, in order; the list of schools not ranked only when there are some. */
export function attendanceReaderTables(report: AttendanceReport, catalogue: Catalogue): PublishedTable[] {
  const { ranked, notRanked, areas, groups, reasons, rules } = attendanceTables(report, catalogue);
  const benchmarks = attendanceBenchmarkTable(report, catalogue);
  return [
    ranked,
    ...(notRanked ? [notRanked] : []),
    areas,
    ...(groups ? [groups] : []),
    ...(reasons ? [reasons] : []),
    ...(benchmarks ? [benchmarks] : []),
    rules,
  ];
}
