// school-returns explain for an attendance figure, a table of contents: (1) the measure checked
// against the catalogue, (2) the attendance report built as `report attendance --published` builds
// it (its figures, its publication's decision), (3) the figure found or refused, (4) the schools'
// cells read from the store, (5) the explanation built (publish/explain/attendance-explanation.ts).
import { termsToDate, type Term } from '../aggregate/attendance/index.js';
import { shippedContext, type Context } from '../domain/context.js';
import type { Phase } from '../domain/school-phase.js';
import { attendanceText, EXPLAIN_REFUSALS, type ExplainRefusalId } from '../messages/explain-text.js';
import {
  areaFigure,
  columnsOf,
  explainAttendance,
  type AttendanceExplanation,
  type AttendanceNationalSource,
  type AttendanceKey,
} from '../publish/explain/attendance-explanation.js';
import type { Store } from '../store/open-store.js';
import { attendanceLineage, type StoredAttendanceCell } from '../store/queries/attendance-lineage.js';
import { attendanceComparators } from '../store/queries/attendance.js';
import { groupNationalSource } from '../store/queries/group-national.js';
import { roundHalfAwayFromZero } from '../aggregate/rounding.js';
import { nationalAttendance } from '../aggregate/attendance/national-attendance.js';
import { groupThresholds } from '../disclosure/group-thresholds.js';
import type { AttendanceReport } from '../aggregate/attendance/attendance-report.js';
import { halvesOf } from '../aggregate/attendance/half-terms.js';
import type { HalfTerm } from '../domain/catalogue.js';
import { buildAttendanceReport } from './attendance/attendance-report.js';

export interface AttendanceExplainOptions extends AttendanceKey {
  academicYear: string;
  term: Term;
  yearToDate: boolean;
  phase: Phase | 'all';
  published: boolean;
  threshold?: number;
}

export type AttendanceExplainResult =
  { ok: true; explanation: AttendanceExplanation } | { ok: false; ruleId: ExplainRefusalId; text: string };

const refuse = (ruleId: ExplainRefusalId, ...args: unknown[]): AttendanceExplainResult => ({
  ok: false,
  ruleId,
  text: (EXPLAIN_REFUSALS[ruleId] as (...a: unknown[]) => string)(...args),
});

export async function explainAttendanceFigure(
  store: Store,
  o: AttendanceExplainOptions,
  context: Context = shippedContext(),
): Promise<AttendanceExplainResult> {
  const columns = context.catalogue.attendanceColumns;
  const known = [...columns.rates.map((r) => r.code), ...columns.all.map((c) => c.code)];
  if (!columnsOf(o.measure, columns)) return refuse('explain.unknown-attendance-measure', o.measure, known);
  // Published or not, the report is built published: a data officer sees the decision it makes.
  const report = await buildAttendanceReport(
    store,
    {
      academicYear: o.academicYear,
      term: o.term,
      yearToDate: o.yearToDate,
      phase: o.phase,
      published: true,
      ...(o.threshold !== undefined ? { threshold: o.threshold } : {}),
    },
    context,
  );
  if (report.schools.every((s) => [...s.byGroup.values()].every((f) => f.status !== 'returned')))
    return refuse('explain.no-attendance', o.academicYear, o.term);
  const figure = areaFigure(report, o);
  if (!figure || figure.status !== 'returned') {
    const areas =
      o.level === 'school'
        ? report.schools.map((s) => s.urn)
        : report.areas.filter((a) => a.level === o.level).map((a) => a.code);
    if (!areas.includes(o.areaCode))
      return refuse('explain.unknown-area', o.level, o.areaCode, [...new Set(areas)].sort());
    return refuse('explain.no-figure', o.areaCode, o.pupilGroup, o.measure);
  }
  const terms = o.yearToDate ? termsToDate(o.term) : [o.term];
  // A term a school sent as its two half terms is made of their cells (half-terms.ts).
  const halves = context.catalogue.halfTerms;
  const cells = termsOrTheirHalves(
    await attendanceLineage(store, {
      academicYear: o.academicYear,
      terms: [...terms, ...terms.flatMap((t) => halvesOf(t, halves).map((h) => h.code))],
      pupilGroup: o.pupilGroup,
      columns: columnsOf(o.measure, columns)!,
    }),
    halves,
  );
  const national = await nationalSource(store, o, report, context);
  const what = `${o.level} ${o.areaCode}, ${o.pupilGroup}, ${o.measure}, ${o.academicYear} ${
    o.yearToDate ? `year to date (${o.term})` : o.term
  }${o.phase !== 'all' ? `, ${o.phase} phase` : ''}`;
  return {
    ok: true,
    explanation: explainAttendance({
      key: o,
      title: attendanceText['attendance.title'](what),
      report,
      cells,
      terms,
      latestHalf: halvesOf(terms.at(-1)!, halves).at(-1)?.code,
      columns,
      ...(national ? { national } : {}),
      thresholds: groupThresholds(context.settings.publication)(o.pupilGroup),
      published: o.published,
    }),
  };
}

/**
 * The national figure the report compares the figure with, and where it came from: for the whole
 * cohort's rates (the national figures stored are all pupils'), of the school's phase or the area's.
 */
async function nationalSource(
  store: Store,
  o: AttendanceExplainOptions,
  report: AttendanceReport,
  { catalogue: cat }: Context,
): Promise<AttendanceNationalSource | undefined> {
  if (!cat.attendanceColumns.rates.some((r) => r.code === o.measure)) return undefined;
  const phase =
    o.level === 'school'
      ? report.schools.find((s) => s.urn === o.areaCode)?.phase
      : report.areas.find((a) => a.level === o.level && a.code === o.areaCode)?.phase;
  if (!phase) return undefined;
  if (o.pupilGroup !== cat.wholeCohort) return groupNationalOfFigure(store, o, report, phase, cat);
  const rows = await attendanceComparators(store, 'National', cat);
  const used = nationalAttendance(rows, o.academicYear).rate(o.measure, phase);
  const row =
    used &&
    rows.find(
      (r) =>
        r.measure === o.measure &&
        r.key_stage === phase &&
        r.academic_year === used.academicYear &&
        r.value === used.value,
    );
  return (
    row && {
      value: row.value,
      academicYear: row.academic_year,
      areaName: row.area_name,
      phase,
      source: row.source,
      halfTerms: row.half_terms,
      paThreshold: row.pa_threshold,
    }
  );
}

/** A school's half-term cells count only where it sent no return for their term (the term's return wins). */
function termsOrTheirHalves(cells: StoredAttendanceCell[], halves: readonly HalfTerm[]): StoredAttendanceCell[] {
  const sentTerm = new Set(cells.map((c) => `${c.urn}|${c.term}`));
  const termOf = (c: StoredAttendanceCell) => halves.find((h) => h.code === c.term)?.term;
  return cells.filter((c) => termOf(c) === undefined || !sentTerm.has(`${c.urn}|${termOf(c)}`));
}

/** A pupil group's national figure, as the report compares it (jobs/attendance/group-national.ts), and its file. */
async function groupNationalOfFigure(
  store: Store,
  o: AttendanceExplainOptions,
  report: AttendanceReport,
  phase: AttendanceNationalSource['phase'],
  cat: Context['catalogue'],
): Promise<AttendanceNationalSource | undefined> {
  const national = report.groupNational?.find((g) => g.pupilGroup === o.pupilGroup && g.phase === phase);
  const value = national?.rates[o.measure];
  const academicYear = national?.years[o.measure];
  if (value === undefined || academicYear === undefined) return undefined;
  const source = await groupNationalSource(store, { pupilGroup: o.pupilGroup, phase, academicYear });
  if (!source) return undefined;
  const persistent = o.measure === cat.attendanceColumns.pupilsAbsentRate.code;
  return {
    value: roundHalfAwayFromZero(value, 1),
    academicYear,
    areaName: source.areaName,
    phase,
    source: source.source,
    halfTerms: source.halfTerms,
    paThreshold: persistent ? source.paThreshold : 0,
    pupilGroup: cat.pupilGroup(o.pupilGroup).label,
  };
}
