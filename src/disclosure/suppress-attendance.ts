// Small numbers in published attendance (domain.md, Publication): pupils counted by their absence
// (persistent absentees, and any such column of the catalogue) of 1 to the threshold (or all but
// that many) are withheld with the rates built on them, and a group of 1 to the threshold pupils
// is withheld whole; then whatever would let one be worked out from an area's total (city, phase,
// group = Σ schools), a partition (all = boys + girls) or a subset (SEN ≤ all).
// Issue 10: a year's attendance is one publication. Every term, year to date and phase is decided
// together, over one set of cells, so no two outputs of the same store can be set against each other.
import type { AttendanceColumns } from '../domain/attendance-columns.js';
import type { Context } from '../domain/context.js';
import { auditedSuppression, type SuppressionEngine } from './engine.js';
import type { SuppressionReason } from './types.js';
import { groupThresholds } from './group-thresholds.js';
import { groupingRelation } from './grouping-bounds.js';
import { TableModel } from './table-model.js';
import type { AttendanceReport, PeriodFigures, SchoolAttendance } from '../aggregate/attendance/attendance-report.js';
import { previousAcademicYear } from '../domain/academic-year.js';
import { rankSchoolsInReport } from '../aggregate/attendance/rank-schools.js';

/** What was decided for one year's publication, and for the year before (for changes on last year). */
export interface AttendanceDecision {
  threshold: number;
  /** Every withheld cell of the year. */
  hidden: ReadonlySet<string>;
  /** The same cells of the year before, by `cellBase`: a change on last year needs last year's figure shown. */
  hiddenLastYear?: ReadonlySet<string>;
  /** Cells withheld by the rules themselves, and to protect them. */
  primary: number;
  secondary: number;
  /** Why each withheld cell is withheld, for the audit trail (school-returns explain). */
  reasons?: ReadonlyMap<string, SuppressionReason>;
  /** For a secondary cell, where the engine knows it, the cell it was withheld to protect. */
  protecting?: ReadonlyMap<string, string>;
}

/** One figure's place: a school's or an area's pupil group, with the schools summed into it. */
interface FigureCells {
  level: string;
  group: string;
  figures: PeriodFigures;
  members: readonly string[];
}

/**
 * A cell is the term's count of one quantity for one pupil group over one set of schools: the
 * same figure wherever it is printed (a school's year to date counts pupils from its latest term's
 * return; a phase is the city of a --phase report). Its value is part of it, so only equal figures meet.
 */
export const cellBase = (
  period: { academicYear: string; term: string },
  quantity: string,
  group: string,
  members: readonly string[],
) => `${period.academicYear}|${period.term}|${quantity}|${group}|${[...members].sort().join(',')}`;
const cellId = (base: string, value: number) => `${base}=${value}`;

/** An area's figure is the sum of its schools that returned the group: those are its parts. */
export const areaMembers = (report: AttendanceReport, a: AttendanceReport['areas'][number]): string[] =>
  report.schools
    .filter((s) => a.level === 'city' || (a.level === 'phase' ? s.phase === a.code : s.collaborativeGroup === a.code))
    .filter((s) => s.byGroup.get(a.pupilGroup)?.status === 'returned')
    .map((s) => s.urn);

function figureCells(report: AttendanceReport): FigureCells[] {
  const cells: FigureCells[] = [];
  for (const s of report.schools)
    for (const [group, figures] of s.byGroup) cells.push({ level: 'school', group, figures, members: [s.urn] });
  for (const a of report.areas)
    cells.push({ level: a.level, group: a.pupilGroup, figures: a.figures, members: areaMembers(report, a) });
  return cells;
}

const LEVEL_PRIORITY: Record<string, number> = { city: 30, phase: 25, group: 20, school: 10 };

/** The cells of every report of a publication, and the sums, partitions and subsets among them. */
function publicationModel(
  reports: readonly AttendanceReport[],
  { catalogue, settings }: Pick<Context, 'catalogue' | 'settings'>,
) {
  const columns = catalogue.attendanceColumns;
  const roll = columns.pupilsOnRoll.code;
  const absent = columns.pupilsAbsent.map((c) => c.code);
  const model = new TableModel();
  const thresholdsOf = groupThresholds(settings.publication);
  const priority = (level: string, group: string) =>
    (LEVEL_PRIORITY[level] ?? 0) +
    (group === catalogue.wholeCohort ? 2 : group === catalogue.disadvantageComparison.group ? 1 : 0);
  for (const report of reports) {
    const cells = figureCells(report);
    const idOf = (q: string, c: FigureCells) =>
      c.figures.status === 'returned' && c.figures.counts[q] !== undefined
        ? cellId(cellBase(report, q, c.group, c.members), c.figures.counts[q]!)
        : undefined;
    for (const c of cells) {
      if (c.figures.status !== 'returned') continue;
      const pupils = c.figures.counts[roll] ?? 0;
      const rollId = idOf(roll, c)!;
      // A group of no pupils tells of no one: its zeros are printed, never withheld for nothing (table-model.ts).
      const { counts } = c.figures;
      if (pupils === 0 && [roll, ...absent].every((q) => (counts[q] ?? 0) === 0)) {
        for (const q of [roll, ...absent]) {
          const id = idOf(q, c);
          if (id) model.addKnownZero(id);
        }
        continue;
      }
      // A group published under a stricter threshold of its own carries it into every cell.
      const { cellThreshold, smallGroupCohort } = thresholdsOf(c.group);
      const own = cellThreshold === undefined ? {} : { threshold: cellThreshold };
      for (const q of absent) {
        const id = idOf(q, c);
        if (id === undefined) continue;
        // Pupils counted by absence are at most those on roll: a total of 100% would pin them otherwise.
        model.addCell({
          id,
          quantity: q,
          value: c.figures.counts[q]!,
          atMost: rollId,
          priority: priority(c.level, c.group),
          ...own,
          ...(pupils <= smallGroupCohort ? { cohort: pupils } : {}),
        });
      }
      model.addCell({ id: rollId, quantity: roll, value: pupils, priority: priority(c.level, c.group), ...own });
    }
    // The figures of one place (a school, or an area's schools) by pupil group.
    const places = new Map<string, Map<string, FigureCells>>();
    for (const c of cells) {
      const place = c.level === 'school' ? c.members[0]! : `${c.level}:${c.members.join(',')}`;
      (places.get(place) ?? places.set(place, new Map()).get(place)!).set(c.group, c);
    }
    const school = new Map(cells.filter((c) => c.level === 'school').map((c) => [`${c.members[0]}|${c.group}`, c]));
    // A group's pupils on roll are its cohort: a part not printed (no pupils in it) still leaves the
    // printed parts at most the whole, and all of it where their rolls fill the whole's; so each
    // grouping's relation is settled once a place, then stated for every quantity.
    for (const byGroup of places.values()) {
      const figure = (g: string) => {
        const c = byGroup.get(g);
        const pupils = c?.figures.status === 'returned' ? c.figures.counts[roll] : undefined;
        return c && pupils !== undefined ? { cohort: pupils, urns: c.members } : undefined;
      };
      for (const g of [...catalogue.partitions, ...catalogue.subsets]) {
        const relation = groupingRelation(figure(g.whole), g.parts.map(figure));
        if (relation === undefined) continue;
        for (const q of [...absent, roll]) {
          const id = (group: string) => (byGroup.get(group) ? idOf(q, byGroup.get(group)!) : undefined);
          const whole = id(g.whole);
          const parts = g.parts.map(id).filter((x): x is string => x !== undefined);
          if (!whole || parts.length === 0) continue;
          if (relation === 'sum') model.addSum(q, whole, parts);
          else model.addAtMost(whole, parts);
        }
      }
    }
    for (const q of [...absent, roll]) {
      for (const c of cells) {
        if (c.level === 'school') continue;
        const whole = idOf(q, c);
        const parts = c.members.map((u) => school.get(`${u}|${c.group}`)).map((m) => (m ? idOf(q, m) : undefined));
        // An area of one school is that school's cell: no sum to state.
        if (whole && parts.every((x) => x !== undefined && x !== whole)) model.addSum(q, whole, parts as string[]);
      }
    }
  }
  return model;
}

/** Decides what a publication (every report of a year) withholds, once for all its reports. */
export function decideAttendance(
  reports: readonly AttendanceReport[],
  threshold: number,
  context: Pick<Context, 'catalogue' | 'settings'>,
  engine: SuppressionEngine = auditedSuppression,
): Omit<AttendanceDecision, 'hiddenLastYear'> {
  const { suppressed, reasons, stillRecoverable, protecting } = engine.suppress(
    publicationModel(reports, context).table(threshold),
  );
  if (stillRecoverable.length > 0)
    throw new Error(`attendance suppression left ${stillRecoverable.length} cells recoverable`);
  const primary = [...reasons.values()].filter((r) => r === 'primary').length;
  return {
    threshold,
    hidden: suppressed,
    primary,
    secondary: suppressed.size - primary,
    reasons,
    ...(protecting ? { protecting } : {}),
  };
}

/** The bases of the hidden cells: what a later year's change on last year looks up. */
export const hiddenBases = (hidden: ReadonlySet<string>): ReadonlySet<string> =>
  new Set([...hidden].map((id) => id.slice(0, id.lastIndexOf('='))));

/**
 * A group's figures with its rates withheld: all of them, or the pupils counted by absence that are
 * hidden (persistent, severe: each on its own account) and the rates built on them.
 */
function withhold(f: PeriodFigures, what: readonly string[] | 'all', columns: AttendanceColumns): PeriodFigures {
  if (f.status !== 'returned') return f;
  const absent = new Set(what === 'all' ? [] : what);
  const built = columns.rates.filter((r) => what === 'all' || r.of.some((c) => absent.has(c))).map((r) => r.code);
  const rates = { ...f.rates, ...Object.fromEntries(built.map((code) => [code, undefined])) };
  if (what === 'all' || f.withheld === 'all') return { ...f, rates, withheld: 'all' };
  return { ...f, rates, withheld: 'persistent', withheldCodes: [...absent, ...built] };
}

/** The report as published under the decision made for its year. */
export function applyAttendanceDecision(
  report: AttendanceReport,
  decision: AttendanceDecision,
  { catalogue }: Pick<Context, 'catalogue'>,
): AttendanceReport {
  const columns = catalogue.attendanceColumns;
  const roll = columns.pupilsOnRoll.code;
  const absent = columns.pupilsAbsent.map((c) => c.code);
  const idIn = (c: FigureCells, q: string) =>
    c.figures.status === 'returned' && c.figures.counts[q] !== undefined
      ? cellId(cellBase(report, q, c.group, c.members), c.figures.counts[q]!)
      : undefined;
  const hiddenIn = (c: FigureCells, q: string) => decision.hidden.has(idIn(c, q) ?? '');
  const hide = (c: FigureCells) => {
    const hidden = [roll, ...absent].filter((q) => hiddenIn(c, q));
    if (hidden.length === 0) return c.figures;
    const withheld = withhold(c.figures, hidden.includes(roll) ? 'all' : hidden, columns);
    // A count the decision shows is printed beside its group's withheld roll, as a prediction's count
    // beside its withheld cohort: one decision, so no output prints `c` for a cell another may show.
    const counts = c.figures.status === 'returned' && hidden.includes(roll) ? c.figures.counts : {};
    const shown = absent.filter((q) => counts[q] !== undefined && !hiddenIn(c, q));
    const figures =
      shown.length > 0 ? { ...withheld, shownCounts: Object.fromEntries(shown.map((q) => [q, counts[q]!])) } : withheld;
    // Why each is withheld, for the audit trail: by a rule, or to protect the cell named.
    const why = (q: string) => {
      const id = idIn(c, q)!;
      const protects = decision.protecting?.get(id);
      return [q, { reason: decision.reasons?.get(id) ?? 'secondary', ...(protects ? { protects } : {}) }] as const;
    };
    return { ...figures, withheldCells: Object.fromEntries(hidden.map(why)) };
  };
  const cells = figureCells(report);
  const shownOf = new Map(cells.map((c) => [c, hide(c)]));
  const whole = catalogue.wholeCohort;
  const lastYearOf = { academicYear: previousAcademicYear(report.academicYear), term: report.term };
  const hiddenLastYear = (urn: string, q: string) =>
    decision.hiddenLastYear?.has(cellBase(lastYearOf, q, whole, [urn])) ?? false;
  let next = 0;
  const schools = report.schools.map((s) => {
    const byGroup = new Map([...s.byGroup].map(([g]) => [g, shownOf.get(cells[next++]!)!]));
    const all = byGroup.get(whole);
    const held = all?.status === 'returned' ? all.withheld : undefined;
    const persistentHeld =
      held === 'all' || (all?.status === 'returned' && all.withheldCodes?.includes(columns.pupilsAbsentRate.code));
    const gone = new Set<keyof SchoolAttendance>();
    if (persistentHeld) gone.add('rankPersistent').add('gapPersistent').add('changePersistent');
    if (held === 'all') gone.add('rankOverall').add('gapOverall').add('changeOverall').add('quartileOverall');
    // A change on last year gives last year's figure away unless last year's was published too.
    if (absent.some((q) => hiddenLastYear(s.urn, q))) gone.add('changePersistent');
    if (hiddenLastYear(s.urn, roll)) gone.add('changePersistent').add('changeOverall');
    const shown = Object.fromEntries(Object.entries(s).filter(([k]) => !gone.has(k as keyof SchoolAttendance)));
    return { ...(shown as unknown as SchoolAttendance), byGroup };
  });
  // Ranks among the schools whose rates are shown: ranks counted over withheld rates would place
  // them between shown ones, and with enrolments shown that can pin a withheld count.
  rankSchoolsInReport(schools, whole, columns);
  return {
    ...report,
    schools,
    areas: report.areas.map((a) => {
      const figures = shownOf.get(cells[next++]!)!;
      // An area's gap to national gives its withheld rate away (national + gap), as a school's would.
      if (figures.status !== 'returned' || figures.withheld !== 'all') return { ...a, figures };
      const { gapOverall: _gone, ...kept } = a;
      return { ...kept, figures };
    }),
    published: {
      threshold: decision.threshold,
      withheld: { primary: decision.primary, secondary: decision.secondary },
    },
  };
}

/** One report published alone: decided over its own cells. */
export function withholdSmallNumbers(
  report: AttendanceReport,
  threshold: number,
  context: Pick<Context, 'catalogue' | 'settings'>,
  engine: SuppressionEngine = auditedSuppression,
): AttendanceReport {
  return applyAttendanceDecision(report, decideAttendance([report], threshold, context, engine), context);
}
