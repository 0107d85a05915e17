// The audit's remedy, for what the one-constraint-at-a-time rule misses: two or more constraints
// together can pin a hidden cell that each alone leaves free (a city total beside a group total
// beside a school, say). For the first cell the audit can still recover, try each shown cell of
// the constraints around it: hide it, let the simple rule give it partners, and score the trial.
// Best: frees the cell; then leaves the fewest cells recoverable around it; then hides fewest;
// then comes first in the order below. Hide the best trial's cells; the caller audits again.
//
// Order: cells that are the whole of fewer constraints first (least aggregated: a school's boys
// before its total, a school's total before the city's), then the smallest non-zero value, zeros
// last, then id. So the remedy keeps the totals people look for wherever it can.
import { componentOf, recoverableIn } from './recoverable.js';
import { propagateSecondary, type Hidden } from './secondary.js';
import { cellsOf, type TableIndex } from './table-index.js';
import type { SuppressionReason } from './types.js';

const lexLess = (a: readonly number[], b: readonly number[]): boolean => {
  const i = a.findIndex((v, k) => v !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
};

/**
 * Hides one more cell, and the partners the simple rule gives it, to free the first of
 * `recoverable` that any shown cell can reach (marked 'secondary'). Returns the ids it hid:
 * none when no shown cell is left in the constraints around any of them.
 */
export function hideOneMore(index: TableIndex, hidden: Hidden, recoverable: readonly string[]): string[] {
  const wholeOf = new Map<string, number>();
  for (const c of index.constraints) wholeOf.set(c.whole, (wholeOf.get(c.whole) ?? 0) + 1);
  const key = (id: string): [number, number, string] => {
    const value = index.cells.get(id)!.value;
    return [wholeOf.get(id) ?? 0, value === 0 ? Number.POSITIVE_INFINITY : value, id];
  };
  const before = (a: string, b: string): number => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || (ka[2] < kb[2] ? -1 : ka[2] > kb[2] ? 1 : 0);
  };

  // Trials cost an audit each: past a few recoverable cells or a wide neighbourhood (a region of
  // hundreds of schools), take the first candidate in the order above for every recoverable
  // cell at once, and let the caller's audit check the result.
  if (recoverable.length > QUICK_AFTER_RECOVERABLE) return hideFirstCandidates(index, hidden, recoverable, before);
  for (const target of recoverable) {
    const candidates = shownAround(index, hidden, target).sort(before);
    if (candidates.length === 0) continue;
    if (candidates.length > QUICK_AFTER_CANDIDATES) return hideFirstCandidates(index, hidden, [target], before);
    // Try each: hide it, let the simple rule give it partners, and score the trial:
    // target freed first, then fewest cells left recoverable around it, then fewest hidden.
    let best: { ids: string[]; score: [number, number, number] } | undefined;
    for (const extra of candidates) {
      const added = new Map<string, SuppressionReason>([[extra, 'secondary']]);
      const trial = { has: (id: string) => added.has(id) || hidden.has(id), set: (id: string) => added.set(id, 'secondary') };
      propagateSecondary(index, trial, [extra]);
      const pinned = recoverableIn(index, trial, target);
      const score: [number, number, number] = [pinned.includes(target) ? 1 : 0, pinned.length, added.size];
      if (best === undefined || lexLess(score, best.score)) best = { ids: [...added.keys()], score };
      if (score[0] === 0 && score[1] === 0 && score[2] === 1) break; // nothing can do better
    }
    for (const id of best!.ids) hidden.set(id, 'secondary');
    return best!.ids;
  }
  return [];
}

const QUICK_AFTER_RECOVERABLE = 8;
const QUICK_AFTER_CANDIDATES = 40;

/** For each recoverable cell still recoverable by the simple rule's count, hide its first shown neighbour. */
function hideFirstCandidates(index: TableIndex, hidden: Hidden, recoverable: readonly string[], before: (a: string, b: string) => number): string[] {
  const added: string[] = [];
  for (const target of recoverable) {
    const first = shownAround(index, hidden, target).sort(before)[0];
    if (first === undefined) continue;
    const trial = new Map<string, SuppressionReason>([[first, 'secondary']]);
    propagateSecondary(index, { has: (id) => trial.has(id) || hidden.has(id), set: (id) => trial.set(id, 'secondary') }, [first]);
    for (const id of trial.keys()) {
      hidden.set(id, 'secondary');
      added.push(id);
    }
  }
  return added;
}

/**
 * The shown cells of the constraints around the hidden cells linked to `start` (its component of
 * unknowns): hiding any other cell cannot change what that component pins.
 */
function shownAround(index: TableIndex, hidden: Hidden, start: string): string[] {
  const shown = new Set<string>();
  for (const i of componentOf(index, hidden, start).constraints) {
    for (const id of cellsOf(index.constraints[i]!)) if (!hidden.has(id)) shown.add(id);
  }
  return [...shown];
}
