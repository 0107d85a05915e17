// The last step of secondary suppression (issue 10, item 2): every hidden small count, small
// complement and hidden cell gets a table a reader cannot rule out that protects it, a witness,
// hiding more where none exists. A requirement asks for one table where its cell (or complement)
// is at most one value or one where it is at least another: 0 or past the small counts for a small
// count; one less or one more than the truth for any hidden cell, so none is determined.
// Each witness found is kept and meets every requirement it can: hiding more only widens what a
// reader cannot rule out (a witness's moving cells stay hidden), so a requirement met stays met,
// and the loop ends, each requirement solved for at most once.
import { cellThreshold } from '../cell-threshold.js';
import type { TableIndex } from '../table-index.js';
import type { CountCell, Inequality, SuppressionReason } from '../types.js';
import type { Failure } from './interval-audit.js';
import type { LinearProgramming } from './lp.js';
import type { Deviations, ProgrammeContext, Protection, ProtectionProgramme, Terms } from './protection-programme.js';
import { tablesOf, type TablesOf } from './protection-tables.js';

export interface Requirement {
  /** The hidden cell it protects. */
  id: string;
  failure: Failure;
  terms: Terms;
  /** A table where Σ terms ≤ atMost (none: only the other way) or one where it is ≥ atLeast. */
  atMost?: number;
  atLeast: number;
}

export interface ProtectionOutcome {
  /** Requirements no table meets, whatever is hidden among the cells near them. */
  unmet: Requirement[];
  /** For each cell hidden here, the hidden cell it was hidden to protect. */
  protecting: Map<string, string>;
  /** Witnesses found in whole numbers / in fractions only (HiGHS found none whole in its time). */
  witnesses: { whole: number; fractional: number };
}

export function protectHiddenCells(
  index: TableIndex,
  inequalities: readonly Inequality[],
  reasons: Map<string, SuppressionReason>,
  threshold: number,
  lp: LinearProgramming,
): ProtectionOutcome {
  const inequalitiesOf = new Map<string, number[]>();
  inequalities.forEach((q, i) => {
    for (const id of [q.whole, ...q.parts]) (inequalitiesOf.get(id) ?? inequalitiesOf.set(id, []).get(id)!).push(i);
  });
  const hidden = new Set(reasons.keys());
  const context: ProgrammeContext = {
    index,
    inequalities,
    inequalitiesOf,
    hidden,
    // A city's figure is worth ten of a group's, a group's ten of a school's (priority 30, 20, 10);
    // a cohort hidden withholds every rate out of it as well (index.bounds: the counts under it).
    costOf: (id) => 10 ** ((index.cells.get(id)!.priority ?? 0) / 10) * (1 + (index.bounds.get(id)?.length ?? 0)),
    lp,
  };
  const tables = tablesOf(context);
  try {
    return protectAll(context, tables, reasons, threshold);
  } finally {
    tables.close();
  }
}

function protectAll(
  context: ProgrammeContext,
  tables: TablesOf,
  reasons: Map<string, SuppressionReason>,
  threshold: number,
): ProtectionOutcome {
  const { index } = context;
  const hidden = context.hidden as Set<string>;
  const witnesses: Deviations[] = [];
  const witnessesMoving = new Map<string, number[]>();
  const outcome: ProtectionOutcome = { unmet: [], protecting: new Map(), witnesses: { whole: 0, fractional: 0 } };
  const keep = (found: Protection) => {
    for (const id of found.table.keys())
      (witnessesMoving.get(id) ?? witnessesMoving.set(id, []).get(id)!).push(witnesses.length);
    witnesses.push(found.table);
    outcome.witnesses[found.fractional ? 'fractional' : 'whole']++;
  };
  const valueIn = (terms: Terms, table: Deviations) =>
    terms.reduce((t, [id, c]) => t + c * (index.cells.get(id)!.value + (table.get(id) ?? 0)), 0);
  const meets = (r: Requirement, table: Deviations) => {
    const v = valueIn(r.terms, table);
    return (r.atMost !== undefined && v <= r.atMost + 1e-6) || v >= r.atLeast - 1e-6;
  };
  const metAlready = (r: Requirement) =>
    meets(r, new Map()) ||
    [...new Set(r.terms.flatMap(([id]) => witnessesMoving.get(id) ?? []))].some((w) => meets(r, witnesses[w]!));
  const queue = [...hidden].flatMap((id) => requirementsOf(index.cells.get(id)!, threshold));
  queue.push(...[...hidden].map((id) => notDetermined(index.cells.get(id)!)));
  // Level by level, from each cell's own table out, twice. First a few tables a reader cannot rule out
  // in each programme, with its hidden cells as low (or as high) as they go together, each meeting many
  // requirements at once; then each requirement left alone, met where its table moves only hidden
  // cells, or its cheapest table kept. Tables of the first kind at every level before any of the
  // second: on the demo's KS2 2014/15 those of the whole publication met 2,729 requirements in 7
  // solves, which the second kind met one solve each, at up to 80 ms a solve.
  const cheapest = new Map<Requirement, Protection>();
  let pending = queue.filter((r) => !metAlready(r));
  const byProgrammeAt = (level: number) => {
    const byProgramme = new Map<readonly string[], Requirement[]>();
    for (const r of pending) {
      const cells = tables.movableAt(r.id, level);
      if (cells) (byProgramme.get(cells) ?? byProgramme.set(cells, []).get(cells)!).push(r);
    }
    return byProgramme.values();
  };
  const meetTogether = (programme: ProtectionProgramme, requirements: readonly Requirement[]) => {
    for (const sense of ['least', 'most'] as const)
      for (let left = requirements.filter((r) => !metAlready(r)); left.length > 0;) {
        const table = programme.readerTable(
          left.map((r) => r.id),
          sense,
        );
        if (!table || table.size === 0) break;
        keep({ table, cost: 0, fractional: false });
        const still = left.filter((r) => !meets(r, table));
        if (still.length === left.length) break;
        left = still;
      }
  };
  for (let level = 0; level <= WIDEST_COMPARED && pending.length > 0; level++) {
    for (const requirements of byProgrammeAt(level))
      meetTogether(tables.programmeOf(requirements[0]!.id, level)!, requirements);
    pending = pending.filter((r) => !metAlready(r));
  }
  for (let level = 0; level <= WIDEST_COMPARED && pending.length > 0; level++) {
    for (const requirements of byProgrammeAt(level))
      for (const r of requirements) {
        if (metAlready(r)) continue;
        const before = cheapest.get(r);
        if (level === WIDEST_COMPARED && before && !movesAreaFigure(before)) continue;
        const found = cheaperWay(tables.programmeOf(r.id, level)!, r);
        if (found && found.cost <= 1e-9) keep(found);
        else if (found && (!before || found.cost < before.cost - 1e-9)) cheapest.set(r, found);
      }
    pending = pending.filter((r) => !metAlready(r));
  }
  // The widest level is compared only where what is cheapest so far would hide an area's figure: to
  // spare a school's cell it is not worth 80 ms a solve (on the demo's KS2 2014/15, 286 solves, 23 s,
  // for 64 more school cells hidden of 13,372; the same group and city cells).
  function movesAreaFigure(found: Protection): boolean {
    for (const id of found.table.keys())
      if (!hidden.has(id) && (index.cells.get(id)!.priority ?? 0) >= AREA_PRIORITY) return true;
    return false;
  }
  // Those no level compared meets at all are a group's or the city's cells where a city's total is
  // cut (protection-tables.ts): most are met by tables of hidden cells across groups, found together
  // in the whole publication (at 150 schools, 155 solved one at a time took 15 s).
  const unreached = pending.filter((r) => !cheapest.has(r));
  if (unreached.length > 0) meetTogether(tables.wholePublication(), unreached);
  // What is still unmet hides the cells its cheapest table moves, in the order of the requirements;
  // a table found for one may meet those after it.
  const rest = [...pending];
  for (let k = 0; k < rest.length; k++) {
    const r = rest[k]!;
    if (metAlready(r)) continue;
    const found = cheapest.get(r) ?? cheapestWitness(r, tables);
    if (!found) {
      outcome.unmet.push(r);
      continue;
    }
    keep(found);
    for (const id of found.table.keys()) {
      if (hidden.has(id)) continue;
      hidden.add(id);
      tables.hide(id);
      reasons.set(id, 'secondary');
      outcome.protecting.set(id, r.id);
      rest.push(notDetermined(index.cells.get(id)!));
    }
  }
  return outcome;
}

/** The cheaper of the two ways to meet `r` in one programme. */
function cheaperWay(programme: ProtectionProgramme, r: Requirement): Protection | undefined {
  const low = r.atMost !== undefined ? programme.cheapest(r.terms, { atMost: r.atMost }) : undefined;
  // A table moving only hidden cells costs nothing: none is cheaper.
  if (low && low.cost <= 1e-9) return low;
  const high = programme.cheapest(r.terms, { atLeast: r.atLeast });
  return !low ? high : !high ? low : high.cost < low.cost - 1e-9 ? high : low;
}

/** Where no level compared meets `r`: the first wider one that does. */
function cheapestWitness(r: Requirement, tables: TablesOf): Protection | undefined {
  for (let level = WIDEST_COMPARED + 1; ; level++) {
    const programme = tables.programmeOf(r.id, level);
    if (!programme) return undefined;
    const found = cheaperWay(programme, r);
    if (found) return found;
  }
}

// Tables compared before hiding: a cell's own, those its bounds among counts reach, those its cohorts
// reach, and once more. Measured on the demo's KS2 2014/15 (README, Publishing): hiding what the
// cheapest table of a cell's own table moves hid 82% of collaborative-group rows; comparing out to
// here, as many as the elimination alone (25-29%).
const WIDEST_COMPARED = 3;

// A collaborative group's figure or a wider area's (suppress-predictions.ts, suppress-attendance.ts).
const AREA_PRIORITY = 20;

const small = (n: number, threshold: number) => n >= 1 && n <= threshold;

/** A hidden small count must be able to be 0 or past the small counts; a small complement likewise. */
function requirementsOf(cell: CountCell, tableThreshold: number): Requirement[] {
  const threshold = cellThreshold(cell, tableThreshold);
  const out: Requirement[] = [];
  if (small(cell.value, threshold))
    out.push({
      id: cell.id,
      failure: 'small count narrowed',
      terms: [[cell.id, 1]],
      atMost: 0,
      atLeast: threshold + 1,
    });
  const rest = cell.cohort === undefined ? undefined : cell.cohort - cell.value;
  if (cell.atMost === undefined || rest === undefined) return out;
  const complement: Terms = [
    [cell.atMost, 1],
    [cell.id, -1],
  ];
  if (small(rest, threshold))
    out.push({ id: cell.id, failure: 'complement narrowed', terms: complement, atMost: 0, atLeast: threshold + 1 });
  // In a small group the pupils not reaching it are as telling as those who do: their number, 0 (all
  // reach it) above all, must not be worked out from a count and a cohort both hidden.
  else
    out.push({
      id: cell.id,
      failure: 'complement narrowed',
      terms: complement,
      ...(rest >= 1 ? { atMost: rest - 1 } : {}),
      atLeast: rest + 1,
    });
  return out;
}

/** Any hidden cell must be able to take another whole value. */
function notDetermined(cell: CountCell): Requirement {
  return {
    id: cell.id,
    failure: 'determined',
    terms: [[cell.id, 1]],
    ...(cell.value >= 1 ? { atMost: cell.value - 1 } : {}),
    atLeast: cell.value + 1,
  };
}
