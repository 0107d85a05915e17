// The interval audit (issue 10; Hundepool et al., Statistical Disclosure Control, §4.3): what a
// reader who knows every published cell, every sum and every bound can say about each hidden
// cell, found by linear programming. Subtraction aside (gauss-secondary.ts makes that safe by
// construction), bounds still narrow: a total of 0 pins every hidden part to 0, and a total equal
// to its parts' cohorts pins each to its cohort. A hidden cell fails the audit when
//   - its whole-number range is a single value (any hidden cell), or
//   - it is a small count (1..threshold, or a disclosive 0) whose range lies inside 1..threshold, or
//   - its complement (cohort − count) is small and its range lies inside 1..threshold.
// The protection stated (README, "Publishing"): a reader can always say of a hidden small count
// either "perhaps none" or "perhaps more than a few", never "some, but few" nor an exact number.
//
// Each requirement is a table a reader cannot rule out: one where the cell is 0, one where it is
// past the small counts. Solving for many at once (least Σ, greatest Σ) finds most of those
// tables in a few solves; only what they leave unshown is ranged one cell at a time.
import { cellThreshold } from '../cell-threshold.js';
import type { TableIndex } from '../table-index.js';
import type { CountCell, Inequality } from '../types.js';
import type { HiddenGroup } from './components.js';
import { groupSystem, type Expression } from './group-system.js';
import type { LinearProgramming, OpenSystem, Range } from './lp.js';

export type Failure = 'determined' | 'small count narrowed' | 'complement narrowed';

export interface IntervalFinding {
  id: string;
  failure: Failure;
  /** The whole-number range a reader can prove, of the cell or of its complement. */
  range: Range;
}

// LP optima carry rounding of about 1e-9; counts are whole, so a reader rounds inward.
const EPSILON = 1e-6;
const whole = ({ low, high }: Range): Range => ({ low: Math.ceil(low - EPSILON), high: Math.floor(high + EPSILON) });
const small = (n: number, threshold: number) => n >= 1 && n <= threshold;

/**
 * What earlier audits of the same table proved, kept across repair rounds. Hiding one more cell
 * only widens what a reader cannot rule out (every table found before, with the new cell at its
 * true value, still meets every sum and bound), so a requirement once met stays met, and a cell
 * once shown to take two values stays undetermined: neither is solved for again.
 */
export interface KnownTables {
  /** Requirements met (keyOf). */
  readonly met: Set<string>;
  /** Hidden cells shown to take at least two whole values. */
  readonly free: Set<string>;
}

const keyOf = (r: Pick<Requirement, 'id' | 'failure'>) => `${r.id}\n${r.failure}`;

/** Whether what `known` holds already proves hidden `cell` protected: every requirement met, and free. */
export function settled(cell: CountCell, tableThreshold: number, known: KnownTables): boolean {
  if (!known.free.has(cell.id)) return false;
  const threshold = cellThreshold(cell, tableThreshold);
  const rest = cell.cohort === undefined ? undefined : cell.cohort - cell.value;
  const needs = (n: number | undefined) =>
    n !== undefined && (small(n, threshold) || (cell.disclosive === true && n === 0));
  return (
    (!needs(cell.value) || known.met.has(keyOf({ id: cell.id, failure: 'small count narrowed' }))) &&
    (cell.atMost === undefined || !needs(rest) || known.met.has(keyOf({ id: cell.id, failure: 'complement narrowed' })))
  );
}

/** A requirement on one hidden cell: a table where `expression` is ≤ 0 or one where it is ≥ `reach`. */
interface Requirement {
  id: string;
  failure: Exclude<Failure, 'determined'>;
  expression: Expression;
  reach: number;
}

export function auditGroup(
  index: TableIndex,
  inequalities: readonly Inequality[],
  hidden: ReadonlySet<string>,
  group: HiddenGroup,
  threshold: number,
  lp: LinearProgramming,
  known: KnownTables = { met: new Set(), free: new Set() },
): IntervalFinding[] {
  const system = groupSystem(index, inequalities, hidden, group);
  const requirements = group.hidden
    .flatMap((id) => requirementsOf(index.cells.get(id)!, system, threshold))
    .filter((r) => !known.met.has(keyOf(r)));
  const highs = requirements.map((r) => ({ expression: r.expression, bound: r.reach }));
  return lp.withSystem(system.withCaps(highs), (open) => {
    // The true table is one a reader cannot rule out: what it meets (a disclosive 0) needs no solve.
    const truth = Float64Array.from(group.hidden, (id) => index.cells.get(id)!.value);
    const seen: Float64Array[] = [truth];
    const lowShown = new Set(requirements.flatMap((r, k) => (valueAt(r, truth) <= EPSILON ? [k] : [])));
    witnesses(open, requirements, 'minimize', system.capOf, seen, lowShown);
    // A requirement needs one table or the other: the greatest Σ is sought only for those no least Σ met.
    const highShown = new Set(lowShown);
    witnesses(open, requirements, 'maximize', system.capOf, seen, highShown);
    // Each table solved for one requirement may meet others: checked against every one still open.
    const record = (at: Float64Array) => {
      seen.push(at);
      requirements.forEach((r, k) => {
        if (lowShown.has(k) || highShown.has(k)) return;
        const value = valueAt(r, at);
        if (value <= EPSILON) lowShown.add(k);
        if (value >= r.reach - EPSILON) highShown.add(k);
      });
    };
    const findings: IntervalFinding[] = [];
    const failed = new Set<string>();
    requirements.forEach((r, k) => {
      if (lowShown.has(k) || highShown.has(k)) return void known.met.add(keyOf(r));
      if (failed.has(r.id)) return;
      const high = open.optimum(r.expression.objective, 'maximize');
      record(high.at);
      if (high.value + r.expression.constant >= r.reach - EPSILON) return void known.met.add(keyOf(r));
      const low = open.optimum(r.expression.objective, 'minimize');
      record(low.at);
      if (low.value + r.expression.constant <= EPSILON) return void known.met.add(keyOf(r));
      const range = whole({ low: low.value, high: high.value });
      findings.push({
        id: r.id,
        failure: r.failure,
        range: { low: range.low + r.expression.constant, high: range.high + r.expression.constant },
      });
      failed.add(r.id);
    });
    for (const id of group.hidden) {
      if (failed.has(id) || known.free.has(id)) continue;
      const v = system.variableOf(id);
      const values = seen.map((s) => s[v]!);
      const spread = Math.floor(Math.max(...values) + EPSILON) - Math.ceil(Math.min(...values) - EPSILON);
      const range = spread >= 1 ? undefined : whole(open.range(new Map([[v, 1]])));
      if (range !== undefined && range.low === range.high) findings.push({ id, failure: 'determined', range });
      else known.free.add(id);
    }
    return findings;
  });
}

function valueAt(r: Requirement, at: Float64Array): number {
  let value = r.expression.constant;
  for (const [v, c] of r.expression.objective) value += c * at[v]!;
  return value;
}

function requirementsOf(
  cell: CountCell,
  system: ReturnType<typeof groupSystem>,
  tableThreshold: number,
): Requirement[] {
  const out: Requirement[] = [];
  const threshold = cellThreshold(cell, tableThreshold);
  // Past the small counts: a cell capped below it (a cohort of 3) must be able to be 0 instead.
  const reach = threshold + 1;
  if (small(cell.value, threshold) || (cell.disclosive === true && cell.value === 0))
    out.push({ id: cell.id, failure: 'small count narrowed', expression: system.cell(cell.id), reach });
  const rest = cell.cohort === undefined ? undefined : cell.cohort - cell.value;
  if (cell.atMost !== undefined && rest !== undefined && (small(rest, threshold) || (cell.disclosive && rest === 0)))
    out.push({
      id: cell.id,
      failure: 'complement narrowed',
      expression: system.complement(cell.id, cell.atMost),
      reach,
    });
  return out;
}

/**
 * The requirements shown met by a few solves: least Σ expressions (tables where many are 0 at once),
 * or greatest Σ of each expression capped at its reach (tables where many pass it), each solve over
 * the requirements not yet in `shown`, until one shows none; adds each met to `shown`. Every table
 * found is kept in `seen`.
 */
function witnesses(
  open: OpenSystem,
  requirements: readonly Requirement[],
  sense: 'minimize' | 'maximize',
  capOf: (k: number) => number,
  seen: Float64Array[],
  shown: Set<number>,
): void {
  for (;;) {
    const pending = requirements.map((_, k) => k).filter((k) => !shown.has(k));
    if (pending.length === 0) return;
    const objective = new Map<number, number>();
    for (const k of pending) {
      const terms = sense === 'minimize' ? requirements[k]!.expression.objective : new Map([[capOf(k), 1]]);
      for (const [v, c] of terms) objective.set(v, (objective.get(v) ?? 0) + c);
    }
    const { at } = open.optimum(objective, sense);
    seen.push(at);
    const before = shown.size;
    for (const k of pending) {
      const value = valueAt(requirements[k]!, at);
      if (sense === 'minimize' ? value <= EPSILON : value >= requirements[k]!.reach - EPSILON) shown.add(k);
    }
    if (shown.size === before) return;
  }
}
