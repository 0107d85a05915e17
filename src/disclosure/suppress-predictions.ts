// Which predictions figures a published table must hide (domain.md, Publication): counts of 1
// to the threshold (and, in groups of 10 or fewer, their complements and 0% or 100% rates), then
// whatever else would let one be recovered from what is shown, across every level in the table:
// by subtraction, from its pupil group's partition (all = boys + girls) or its area's total
// (city = Σ schools, group = Σ its schools); or by bounds, since a count lies between 0 and its
// cohort (a total of 0, or of 100%, pins every hidden part).
//
// The cells: per figure, a count (quantity: the measure) bounded by its cohort (atMost), and a
// cohort (quantity: cohort). A school's cohort for a pupil group is one cell shared by all its
// measures (the same pupils); an area's is one cell per measure, the sum of the cohorts of the
// schools with a figure for that measure. So a school missing one measure for a group makes two
// area cohorts that differ by its cohort, and the audit sees it. A hidden cohort hides its rates.
import type { SchoolFigure } from '../aggregate/predictions/aggregate-predictions.js';
import type { FigureWithGap } from '../aggregate/predictions/gap-to-national.js';
import type { Catalogue } from '../domain/catalogue.js';
import type { Context } from '../domain/context.js';
import { auditedSuppression, type SuppressionEngine } from './engine.js';
import { groupThresholds } from './group-thresholds.js';
import { groupingRelation } from './grouping-bounds.js';
import { TableModel } from './table-model.js';
import type { SuppressionReason, Withheld } from './types.js';

/** One cell of a figure as decided: its id, why it is hidden (none: shown), and what it protects. */
export interface CellDecision {
  id: string;
  reason?: SuppressionReason;
  /** For a secondary cell, the id of the hidden cell it was hidden to protect, where the engine knows it. */
  protects?: string;
}

export interface Suppression {
  withheld: Withheld;
  /** The rate and gap of this figure are hidden (its count, its cohort, or both). */
  figureHidden(f: FigureWithGap): boolean;
  /** The count itself is hidden; a count shown beside a hidden cohort gives no rate. */
  countHidden(f: FigureWithGap): boolean;
  cohortHidden(f: FigureWithGap): boolean;
  /** The decision on the figure's cells, for its audit trail (school-returns explain). */
  decisionOf(f: FigureWithGap): { count?: CellDecision; cohort: CellDecision };
}

/** A count is one round's figure; a cohort is the same pupils in every round, so its cell is shared by value. */
const cellId = (round: string, quantity: string, level: string, area: string, group: string) =>
  `${round}|${quantity}|${level}|${area}|${group}`;

/** All cohorts are one quantity, so one cell can serve the figures of several measures and rounds. */
const COHORT = 'cohort';

/** One round's figures of a publication: its areas' figures with gaps, and the schools' figures they sum. */
export interface RoundFigures {
  round: string;
  figures: readonly FigureWithGap[];
  schoolFigures: readonly SchoolFigure[];
}

/** One round published alone. */
export function suppressPredictions(
  figures: readonly FigureWithGap[],
  schoolFigures: readonly SchoolFigure[],
  threshold: number,
  context: Pick<Context, 'catalogue' | 'settings'>,
  engine: SuppressionEngine = auditedSuppression,
): Suppression {
  return suppressPredictionRounds([{ round: '', figures, schoolFigures }], threshold, context, engine).get('')!;
}

/**
 * Issue 10: every round of a year and key stage is one publication, decided once, so a cohort
 * hidden in one round's table is hidden in every other that prints the same pupils.
 */
export function suppressPredictionRounds(
  rounds: readonly RoundFigures[],
  threshold: number,
  { catalogue: cat, settings }: Pick<Context, 'catalogue' | 'settings'>,
  engine: SuppressionEngine = auditedSuppression,
): ReadonlyMap<string, Suppression> {
  // In one order whichever round is asked for: ties in the order cells are offered follow it.
  const ordered = [...rounds].sort((a, b) => (a.round < b.round ? -1 : a.round > b.round ? 1 : 0));
  const decisions = decisionsOf.get(cat) ?? decisionsOf.set(cat, new Map()).get(cat)!;
  const key = JSON.stringify([engine.name, threshold, settings.publication, ordered]);
  let decided = decisions.get(key);
  if (!decided) {
    decided = decide(ordered, threshold, cat, settings, engine);
    decisions.set(key, decided);
    // The outputs of one publication are made one after another: the last few decisions are enough.
    if (decisions.size > 4) decisions.delete(decisions.keys().next().value!);
  }
  const { suppressed, withheld, reasons, protecting } = decided;
  const thresholdsOf = groupThresholds(settings.publication);
  // A mean rests on every pupil of its cohort: withheld where the cohort is a small count for its group.
  const meanHidden = (f: FigureWithGap) =>
    f.kind === 'mean' && f.cohort <= Math.max(threshold, thresholdsOf(f.pupilGroup).cellThreshold ?? 0);
  const decision = (id: string): CellDecision => {
    const reason = reasons.get(id);
    const protects = protecting?.get(id);
    return { id, ...(reason ? { reason } : {}), ...(protects ? { protects } : {}) };
  };
  return new Map(
    rounds.map(({ round, figures }) => {
      const cohortCell = cohortCells(figures);
      const cohortHidden = (f: FigureWithGap) => suppressed.has(cohortCell(f));
      const countHidden = (f: FigureWithGap) =>
        f.count !== undefined && suppressed.has(cellId(round, f.measure, f.level, f.areaCode, f.pupilGroup));
      const countId = (f: FigureWithGap) => cellId(round, f.measure, f.level, f.areaCode, f.pupilGroup);
      const suppression: Suppression = {
        withheld,
        cohortHidden,
        countHidden,
        decisionOf: (f) => ({
          ...(f.count !== undefined ? { count: decision(countId(f)) } : {}),
          cohort: decision(cohortCell(f)),
        }),
        figureHidden: (f) => cohortHidden(f) || countHidden(f) || meanHidden(f),
      };
      return [round, suppression];
    }),
  );
}

/** Decisions made in this process, by catalogue and the rest of their input: the same input, the same decision. */
const decisionsOf = new WeakMap<Catalogue, Map<string, Decided>>();

interface Decided {
  suppressed: ReadonlySet<string>;
  withheld: Withheld;
  reasons: ReadonlyMap<string, SuppressionReason>;
  protecting?: ReadonlyMap<string, string>;
}

function decide(
  rounds: readonly RoundFigures[],
  threshold: number,
  cat: Catalogue,
  settings: Context['settings'],
  engine: SuppressionEngine,
): Decided {
  const model = new TableModel();
  const priority = priorityOf(cat);
  for (const { round, figures, schoolFigures } of rounds)
    addRound(model, round, figures, schoolFigures, cohortCells(figures), priority, cat, settings);
  const { suppressed, reasons, stillRecoverable, protecting } = engine.suppress(model.table(threshold));
  // The audit could not close every hole: publishing would disclose, so this is a bug to report.
  if (stillRecoverable.length > 0)
    throw new Error(`suppression left ${stillRecoverable.length} cells recoverable, e.g. ${stillRecoverable[0]}`);
  const primary = [...reasons.values()].filter((r) => r === 'primary').length;
  return {
    suppressed,
    withheld: { primary, secondary: suppressed.size - primary },
    reasons,
    ...(protecting ? { protecting } : {}),
  };
}

function addRound(
  model: TableModel,
  round: string,
  figures: readonly FigureWithGap[],
  schoolFigures: readonly SchoolFigure[],
  cohortCell: (f: FigureWithGap) => string,
  priority: (f: FigureWithGap) => number,
  cat: Catalogue,
  settings: Context['settings'],
): void {
  const thresholdsOf = groupThresholds(settings.publication);
  for (const f of figures) {
    const cohortId = cohortCell(f);
    // A group published under a stricter threshold of its own carries it into its cells.
    const { cellThreshold, smallGroupCohort } = thresholdsOf(f.pupilGroup);
    const own = cellThreshold === undefined ? {} : { threshold: cellThreshold };
    // A group of no pupils tells of no one: its 0 of 0 is printed, never a 0% of a small group withheld.
    if (f.cohort === 0) {
      model.addKnownZero(cohortId);
      if (f.count !== undefined) model.addKnownZero(cellId(round, f.measure, f.level, f.areaCode, f.pupilGroup));
      continue;
    }
    model.addCell({ id: cohortId, quantity: COHORT, value: f.cohort, priority: priority(f), ...own });
    if (f.count !== undefined) {
      // In a small group, the pupils who do not reach it (and a 0% or 100% rate) disclose as much as those who do.
      const small = f.cohort <= smallGroupCohort;
      model.addCell({
        id: cellId(round, f.measure, f.level, f.areaCode, f.pupilGroup),
        quantity: f.measure,
        value: f.count,
        atMost: cohortId,
        priority: priority(f),
        ...own,
        ...(small ? { cohort: f.cohort, disclosive: f.count === 0 || f.count === f.cohort } : {}),
      });
    }
  }
  // An area's partition holds only when the whole and every part sum the same schools: an area's
  // higher prior attainers for a measure leave out a school with no figure for them, its whole
  // cohort does not; TableModel.addSum leaves such a sum out. A school's cohort partition is one
  // sum however many measures state it.
  const addConstraint = (quantity: string, whole: string, parts: string[]) => model.addSum(quantity, whole, parts);
  const areas = [...new Map(figures.map((f) => [`${f.level}|${f.areaCode}`, f])).values()];
  const schools = areas.filter((a) => a.level === 'school').map((a) => a.areaCode);
  const cityCode = areas.find((a) => a.level === 'city')?.areaCode;
  const groups = [...new Set(areas.filter((a) => a.level === 'group').map((a) => a.areaCode))];
  const groupOf = new Map(schoolFigures.map((s) => [s.urn, s.collaborativeGroup]));
  const measures = [...new Set(figures.map((f) => f.measure))];
  // Per area, measure and pupil group: the figure (a region's model makes millions of look-ups, so
  // they go by the catalogue's short codes, not by a key made afresh); a count's id made once.
  const figureAt = new Map<string, Map<string, Map<string, FigureWithGap>>>();
  for (const f of figures) {
    const area =
      figureAt.get(`${f.level}|${f.areaCode}`) ??
      figureAt.set(`${f.level}|${f.areaCode}`, new Map()).get(`${f.level}|${f.areaCode}`)!;
    (area.get(f.measure) ?? area.set(f.measure, new Map()).get(f.measure)!).set(f.pupilGroup, f);
  }
  const countIds = new Map<FigureWithGap, string>();
  // The cell of a figure, for counts or for cohorts; '' for no such figure: not a cell, so no constraint.
  const idOf = (counts: boolean, f: FigureWithGap | undefined): string => {
    if (!f) return '';
    if (!counts) return cohortCell(f);
    const id = countIds.get(f) ?? cellId(round, f.measure, f.level, f.areaCode, f.pupilGroup);
    countIds.set(f, id);
    return id;
  };
  const none = new Map<string, FigureWithGap>();
  const byGroupAt = (level: string, area: string, m: string) => figureAt.get(`${level}|${area}`)?.get(m) ?? none;
  const schoolFiguresAt = schools.map((u) => figureAt.get(`school|${u}`));
  for (const m of measures) {
    for (const counts of [true, false]) {
      const q = counts ? m : COHORT;
      for (const { level, areaCode } of areas) {
        const byGroup = byGroupAt(level, areaCode, m);
        for (const p of cat.partitions)
          addConstraint(
            q,
            idOf(counts, byGroup.get(p.whole)),
            p.parts.map((part) => idOf(counts, byGroup.get(part))),
          );
      }
      for (const g of cat.pupilGroups) {
        // An area's figure for a measure sums the schools with a figure for that measure.
        const members: string[] = [];
        const membersOf = new Map(groups.map((group) => [group, [] as string[]]));
        for (const school of schoolFiguresAt) {
          const f = school?.get(m)?.get(g.code);
          if (!f) continue;
          members.push(idOf(counts, f));
          membersOf.get(groupOf.get(f.areaCode)!)?.push(idOf(counts, f));
        }
        if (cityCode) addConstraint(q, idOf(counts, byGroupAt('city', cityCode, m).get(g.code)), members);
        for (const group of groups)
          addConstraint(q, idOf(counts, byGroupAt('group', group, m).get(g.code)), membersOf.get(group)!);
      }
    }
  }
  // What a reader also knows: the printed parts of a partition or a subset are at most their whole
  // (SEN ≤ all pupils; sen_support ≤ sen with no sen_ehcp rows), the whole itself where their
  // cohorts fill it (grouping-bounds.ts), and a measure at most the measures it implies (RWM L4+ ≤
  // Reading L4+), for the same pupils (domain.md).
  const notAbove = new Map(cat.measures.map((x) => [x.code, x.notAbove ?? []]));
  for (const { level, areaCode } of areas) {
    for (const m of measures) {
      const byGroup = byGroupAt(level, areaCode, m);
      const figure = (group: string) => byGroup.get(group);
      for (const g of [...cat.partitions, ...cat.subsets]) {
        const relation = groupingRelation(figure(g.whole), g.parts.map(figure));
        for (const counts of [true, false]) {
          const cell = (group: string) => idOf(counts, byGroup.get(group));
          const parts = g.parts.filter((p) => figure(p)).map(cell);
          if (relation === 'sum') model.addSum(counts ? m : COHORT, cell(g.whole), parts);
          else if (relation === 'atMost') model.addAtMost(cell(g.whole), parts);
        }
      }
      for (const other of notAbove.get(m) ?? []) {
        const otherByGroup = byGroupAt(level, areaCode, other);
        for (const g of cat.pupilGroups)
          model.addAtMost(idOf(true, otherByGroup.get(g.code)), [idOf(true, byGroup.get(g.code))]);
      }
    }
  }
}

/**
 * How much a figure matters to the readers (higher is kept longer): the city's before a
 * collaborative group's before a school's; within each, all pupils, then the disadvantaged
 * pupils (the gap a Board follows), then the other groups.
 */
function priorityOf(cat: Catalogue): (f: FigureWithGap) => number {
  const level: Record<string, number> = { city: 30, group: 20, school: 10 };
  return (f) =>
    (level[f.level] ?? 0) +
    (f.pupilGroup === cat.wholeCohort ? 2 : f.pupilGroup === cat.disadvantageComparison.group ? 1 : 0);
}

/**
 * The id of a figure's cohort cell: the pupils of a pupil group at the schools with a figure for
 * the measure. Figures of an area and group with the same schools and cohort share one cell,
 * whatever the measure or round (a school's always); were each its own cell, one could be hidden
 * while another shows the same number. Where a school did not predict a measure for a group, that
 * measure's area cohort is a cell of its own, and the difference is for the audit.
 */
function cohortCells(figures: readonly FigureWithGap[]): (f: FigureWithGap) => string {
  const ids = new Map(
    figures.map((f) => [
      f,
      `${COHORT}|${f.level}|${f.areaCode}|${f.pupilGroup}|${[...f.urns].sort().join(',')}=${f.cohort}`,
    ]),
  );
  return (f) => ids.get(f)!;
}
