// One attendance figure (a rate or a column, for a term or the year to date) traced to the
// schools' cells it is made of, pure: each member school's returned counts in the terms and columns
// the figure sums (sessions and events over every term of the window, pupils from the latest
// term's return), the schools not counted and why, the national figure and the publication's
// decision. Published, a withheld figure is said to be withheld and neither it nor its cells are
// printed; a member school whose own figure is withheld shows c.
import type { AttendanceReport, PeriodFigures } from '../../aggregate/attendance/attendance-report.js';
import type { AttendanceColumns } from '../../domain/attendance-columns.js';
import type { GroupThresholds } from '../../disclosure/group-thresholds.js';
import { attendanceDecisionLines } from './attendance-decision.js';
import { attendanceRates } from '../../aggregate/attendance/rates.js';
import { attendanceText as words } from '../../messages/explain-text.js';
import { text, type Cell, type Column, type PublishedTable } from '../table/published-table.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';
import { xlsxWriter, type XlsxOptions } from '../writers/xlsx-writer.js';
import { xlsxText } from '../../messages/xlsx-text.js';

export interface AttendanceKey {
  level: 'school' | 'group' | 'phase' | 'city';
  areaCode: string;
  pupilGroup: string;
  /** A rate code or a column code of schemas/catalogue/attendance.json. */
  measure: string;
}

export interface AttendanceCellIn {
  urn: string;
  term: string;
  column: string;
  value: number;
  returned: string;
  place: string;
  file: string;
}

/** The national figure a figure is compared with, as stored: its value, area, year, file and definition. */
export interface AttendanceNationalSource {
  value: number;
  academicYear: string;
  areaName: string;
  /** The phase of schools it is for: the school's, or the area's ('all'). */
  phase: string;
  /** The kind of file it came from: 'comparators csv', 'ees', 'lait'. */
  source: string;
  /** Half terms it covers; 0 where its file did not say. */
  halfTerms: number;
  /** Percent of possible sessions that makes a persistent absentee; 0 for other rates. */
  paThreshold: number;
  /** The pupil group's label, for a group's figure (none: all pupils). */
  pupilGroup?: string;
}

export interface AttendanceExplanation {
  title: string;
  withheld: boolean;
  notes: string[];
  tables: PublishedTable[];
  /** Per column the figure is made of: its total, and the sum of the cells listed (equal). */
  sums: { column: string; total: number; cells: number }[];
}

const col = (code: string, heading: string, kind: Column['kind'] = 'text'): Column => ({ code, heading, kind });

/** The columns a measure is made of: a rate's counts and its base, or the column itself. */
export function columnsOf(measure: string, columns: AttendanceColumns): string[] | undefined {
  const rate = columns.rates.find((r) => r.code === measure);
  if (rate) return [...rate.of, rate.per];
  return columns.column(measure) ? [measure] : undefined;
}

export function areaFigure(report: AttendanceReport, key: AttendanceKey): PeriodFigures | undefined {
  if (key.level === 'school') return report.schools.find((s) => s.urn === key.areaCode)?.byGroup.get(key.pupilGroup);
  return report.areas.find((a) => a.level === key.level && a.code === key.areaCode && a.pupilGroup === key.pupilGroup)
    ?.figures;
}

const inArea = (key: AttendanceKey, s: AttendanceReport['schools'][number]) =>
  key.level === 'city' ||
  (key.level === 'phase'
    ? s.phase === key.areaCode
    : key.level === 'group'
      ? s.collaborativeGroup === key.areaCode
      : s.urn === key.areaCode);

/** Whether the measure is withheld: the figure's every rate, or those built on pupils counted by absence. */
const measureWithheld = (f: PeriodFigures, measure: string, columns: AttendanceColumns) =>
  f.status === 'returned' &&
  (f.withheld === 'all' ||
    (f.withheld === 'persistent' &&
      (columnsOf(measure, columns) ?? []).some((c) => columns.pupilsAbsent.some((p) => p.code === c))));

export function explainAttendance(i: {
  key: AttendanceKey;
  title: string;
  report: AttendanceReport;
  cells: readonly AttendanceCellIn[];
  terms: readonly string[];
  /** The latest term's last half term: its pupils stand for the term's where a school sent halves. */
  latestHalf?: string | undefined;
  columns: AttendanceColumns;
  /** The national figure of the measure: all pupils', or the same pupil group's. */
  national?: AttendanceNationalSource;
  /** The publication's thresholds for the figure's pupil group (disclosure/group-thresholds.ts). */
  thresholds: GroupThresholds;
  published: boolean;
}): AttendanceExplanation {
  const { key, report, columns } = i;
  const figure = areaFigure(report, key)!;
  const parts = columnsOf(key.measure, columns)!;
  const withheld = i.published && measureWithheld(figure, key.measure, columns);
  const schools = report.schools.filter((s) => inArea(key, s));
  const members = schools.filter((s) => s.byGroup.get(key.pupilGroup)?.status === 'returned');
  const latest = i.terms.at(-1)!;
  // Sessions and events over every term of the window; pupils from the latest term's return (year-to-date.ts).
  const counted = i.cells.filter(
    (c) =>
      members.some((s) => s.urn === c.urn) &&
      parts.includes(c.column) &&
      (columns.summedOverTerms(c.column) || c.term === latest || c.term === i.latestHalf),
  );
  const counts = figure.status === 'returned' ? figure.counts : {};
  const sums = parts.map((column) => ({
    column,
    total: counts[column] ?? 0,
    cells: counted.filter((c) => c.column === column).reduce((t, c) => t + c.value, 0),
  }));
  if (sums.some((s) => s.total !== s.cells))
    throw new Error(`explain: the cells of ${key.level} ${key.areaCode} do not make its attendance figure`);
  // The report is built published: to a data officer, a rate it withholds is worked from its counts.
  const rate =
    figure.status === 'returned'
      ? (figure.rates[key.measure] ?? attendanceRates(figure.counts, columns)[key.measure])
      : undefined;
  const notes = withheld
    ? [words['attendance.withheld']]
    : [
        ...(rate !== undefined ? [words['attendance.rate'](rate.toFixed(1))] : []),
        ...sums.map((s) => words['attendance.sum'](s.column, s.total, s.cells)),
        ...(i.terms.length > 1 ? [words['attendance.ytd'](i.terms)] : []),
      ];
  const hiddenSchool = (urn: string) => {
    const f = report.schools.find((s) => s.urn === urn)?.byGroup.get(key.pupilGroup);
    return i.published && f !== undefined && measureWithheld(f, key.measure, columns);
  };
  const cellTable: PublishedTable = {
    id: 'cells',
    title: words['attendance.cells'],
    columns: [col('urn', 'URN'), col('term', 'Term'), col('column', 'Column'), col('file', 'File')].concat([
      col('place', 'Cell or line'),
      col('returned', 'As returned'),
      col('value', 'Counted', 'count'),
    ]),
    rows: counted.map((c) => {
      const hidden = hiddenSchool(c.urn);
      const cells: Cell[] = [text(c.urn), text(c.term), text(c.column), text(c.file), text(c.place)];
      return { cells: cells.concat(hidden ? ['c', 'c'] : [text(c.returned), c.value]) };
    }),
  };
  const excluded: PublishedTable = {
    id: 'excluded',
    title: words['attendance.excluded'],
    columns: [col('urn', 'URN'), col('school', 'School'), col('why', 'Why')],
    rows: schools
      .filter((s) => !members.includes(s))
      .map((s) => {
        const f = s.byGroup.get(key.pupilGroup);
        const why =
          f === undefined
            ? words['attendance.no-group']
            : f.status === 'incomplete'
              ? words['attendance.incomplete'](f.missingTerms)
              : f.status;
        return { cells: [text(s.urn), text(s.name), text(why)] };
      }),
  };
  const n = i.national;
  const national = n
    ? [
        words['attendance.national']({
          value: n.value,
          area: n.areaName,
          phase: n.phase,
          year: n.academicYear,
          source: n.source,
          halfTerms: n.halfTerms,
          paThreshold: n.paThreshold,
          ...(n.pupilGroup ? { group: n.pupilGroup } : {}),
        }),
        ...(n.academicYear !== report.academicYear
          ? [words['attendance.national-fallback'](report.academicYear, n.academicYear)]
          : []),
      ]
    : [];
  const decision = i.published
    ? [withheld ? words['attendance.decision-withheld'] : words['attendance.decision-shown']]
    : figure.status === 'returned' && figure.withheld
      ? [
          words['attendance.decision-rule'](figure.withheld),
          ...attendanceDecisionLines({
            figure,
            parts,
            columns,
            report,
            threshold: report.published?.threshold ?? 0,
            group: i.thresholds,
          }).map((d) => words['attendance.decision-cell'](d.column, d.ruleId, d.text, d.protects)),
        ]
      : [words['attendance.decision-shown']];
  return {
    title: i.title,
    withheld,
    notes: [...notes, ...national, ...decision],
    tables: withheld ? [excluded] : [cellTable, excluded],
    sums: withheld ? [] : sums,
  };
}

export const attendanceMarkdown = (e: AttendanceExplanation) =>
  markdownWriter({ title: e.title, notes: e.notes }).write(e.tables.filter((t) => t.rows.length > 0));

export const attendanceExplanationXlsx = (e: AttendanceExplanation, source?: XlsxOptions['source']) =>
  xlsxWriter({
    sheet: xlsxText['sheet.explanation'],
    heading: { title: e.title, notes: e.notes },
    ...(source ? { source } : {}),
  }).write(e.tables.filter((t) => t.rows.length > 0));

export function attendanceCsv(e: AttendanceExplanation): string {
  const cells = e.tables.find((t) => t.id === 'cells');
  return csvWriter().write([
    cells ?? {
      id: 'cells',
      title: 'cells',
      tidy: true,
      columns: [col('withheld', 'withheld')],
      rows: [{ cells: ['c'] }],
    },
  ]);
}
