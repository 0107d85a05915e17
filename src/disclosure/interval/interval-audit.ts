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
): IntervalFinding[] {
  const system = groupSystem(index, inequalities, hidden, group);
  const requirements = group.hidden.flatMap((id) => requirementsOf(index.cells.get(id)!, system, threshold));
  const highs = requirements.map((r) => ({ expression: r.expression, bound: r.reach }));
  return lp.withSystem(system.withCaps(highs), (open) => {
    const seen: Float64Array[] = [];
    const lowShown = witnesses(open, requirements, 'minimize', system.capOf, seen);
    const highShown = witnesses(open, requirements, 'maximize', system.capOf, seen);
    const valueAt = (r: Requirement, at: Float64Array) =>
      r.expression.constant + [...r.expression.objective].reduce((t, [v, c]) => t + c * at[v]!, 0);
    // Each table solved for one requirement may meet others: checked against every one still open.
    const record = (at: Float64Array) => {
      seen.push(at);
      requirements.forEach((r, k) => {
        const value = valueAt(r, at);
        if (value <= EPSILON) lowShown.add(k);
        if (value >= r.reach - EPSILON) highShown.add(k);
      });
    };
    const findings: IntervalFinding[] = [];
    const failed = new Set<string>();
    requirements.forEach((r, k) => {
      if (failed.has(r.id) || lowShown.has(k) || highShown.has(k)) return;
      const high = open.optimum(r.expression.objective, 'maximize');
      record(high.at);
      if (high.value + r.expression.constant >= r.reach - EPSILON) return;
      const low = open.optimum(r.expression.objective, 'minimize');
      record(low.at);
      if (low.value + r.expression.constant <= EPSILON) return;
      const range = whole({ low: low.value, high: high.value });
      findings.push({
        id: r.id,
        failure: r.failure,
        range: { low: range.low + r.expression.constant, high: range.high + r.expression.constant },
      });
      failed.add(r.id);
    });
    for (const id of group.hidden) {
      if (failed.has(id)) continue;
      const v = system.variableOf(id);
      const values = seen.map((s) => s[v]!);
      if (Math.floor(Math.max(...values) + EPSILON) - Math.ceil(Math.min(...values) - EPSILON) >= 1) continue;
      const range = whole(open.range(new Map([[v, 1]])));
      if (range.low === range.high) findings.push({ id, failure: 'determined', range });
    }
    return findings;
  });
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
 * the requirements not yet shown, until one shows none. Every table found is kept in `seen`.
 */
function witnesses(
  open: OpenSystem,
  requirements: readonly Requirement[],
  sense: 'minimize' | 'maximize',
  capOf: (k: number) => number,
  seen: Float64Array[],
): Set<number> {
  const shown = new Set<number>();
  for (;;) {
    const pending = requirements.map((_, k) => k).filter((k) => !shown.has(k));
    if (pending.length === 0) return shown;
    const objective = new Map<number, number>();
    for (const k of pending) {
      const terms = sense === 'minimize' ? requirements[k]!.expression.objective : new Map([[capOf(k), 1]]);
      for (const [v, c] of terms) objective.set(v, (objective.get(v) ?? 0) + c);
    }
    const { at } = open.optimum(objective, sense);
    seen.push(at);
    const before = shown.size;
    for (const k of pending) {
      const r = requirements[k]!;
      const value = r.expression.constant + [...r.expression.objective].reduce((t, [v, c]) => t + c * at[v]!, 0);
      if (sense === 'minimize' ? value <= EPSILON : value >= r.reach - EPSILON) shown.add(k);
    }
    if (shown.size === before) return shown;
  }
}
