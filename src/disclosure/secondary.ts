// Secondary suppression: hide more cells so that no hidden cell can be worked out by subtraction.
//
// The rule: while some constraint has exactly one hidden cell, hide one more of its cells: the
// shown part with the smallest non-zero value, else the smallest shown part (a zero), ties by
// id; the whole only when no part is left shown (a constraint with a single part). The same
// order applies when the hidden cell is the whole: a hidden zero is cheap to pin (any constraint
// whose other cells leave nothing over shows it is 0), so a non-zero part protects better.
import { cellsOf, type TableIndex } from './table-index.js';
import type { SuppressionReason } from './types.js';

/** The hidden cells so far, added to as the rules go (a Map of id → reason will do). */
export interface Hidden {
  has(id: string): boolean;
  set(id: string, reason: SuppressionReason): unknown;
}

/** Smallest non-zero value first, then zeros; ties by id (code-unit order, not locale). */
export function chooseCell(index: TableIndex, ids: readonly string[]): string | undefined {
  const key = (id: string) => {
    const value = index.cells.get(id)!.value;
    return value === 0 ? Number.POSITIVE_INFINITY : value;
  };
  let best: string | undefined;
  for (const id of ids) {
    if (best === undefined) best = id;
    else {
      const [a, b] = [key(id), key(best)];
      if (a < b || (a === b && id < best)) best = id;
    }
  }
  return best;
}

/**
 * The simple rule, repeated until no constraint has exactly one hidden cell. Adds to `hidden`.
 * Looks at every constraint, or with `from` only at those around the cells just hidden (the only
 * ones whose count of hidden cells can have changed); then at those around each cell it hides.
 */
export function propagateSecondary(index: TableIndex, hidden: Hidden, from?: Iterable<string>): void {
  const queue =
    from === undefined
      ? index.constraints.map((_, i) => i)
      : [...new Set([...from].flatMap((id) => index.constraintsOf.get(id) ?? []))].sort((a, b) => a - b);
  for (let k = 0; k < queue.length; k++) {
    const constraint = index.constraints[queue[k]!]!;
    if (cellsOf(constraint).filter((id) => hidden.has(id)).length !== 1) continue;
    const parts = constraint.parts.filter((id) => !hidden.has(id));
    const pick = chooseCell(index, parts.length > 0 ? parts : [constraint.whole])!;
    hidden.set(pick, 'secondary');
    queue.push(...(index.constraintsOf.get(pick) ?? []));
  }
}
