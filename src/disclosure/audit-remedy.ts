// The audit's remedy, for what the one-constraint-at-a-time rule misses: two or more constraints
// together can pin a hidden cell that each alone leaves free (a city total beside a group total
// beside a school, say). For the first cell the audit can still recover, try each shown cell of
// the constraints around it: hide it, let the simple rule give it partners, and score the trial.
// Best: frees the cell; then leaves the fewest cells recoverable around it; then hides fewest;
// then comes first in the order below. Hide the best trial's cells; the caller audits again.
//
// Order: cells that bound no other cell first (a count before its cohort: hiding a cohort hides
// every rate on it), then cells that are the whole of fewer constraints (least aggregated: a
// school's boys before its total, a school's total before the city's), then the smallest
// non-zero value, zeros last, then id. So the remedy keeps the totals people look for wherever
// it can.
//
// The same remedy serves two audits (the Audit below): exact subtraction (recoverable.ts) and
// bounds (bounds.ts).
import { boundPinnedAround, boundsComponentOf, neighboursOf } from './bounds.js';
import { componentOf, recoverableIn, type HiddenIds } from './recoverable.js';
import { propagateSecondary, type Hidden } from './secondary.js';
import { cellsOf, type TableIndex } from './table-index.js';
import type { SuppressionReason } from './types.js';

/** An attack the remedy defends against. */
export interface Audit {
  /** The cells the attack pins in the component of unknowns holding `target` (hidden). */
  pinnedNear(index: TableIndex, hidden: HiddenIds, target: string): string[];
  /** The shown cells that bear on that component: hiding any other cell cannot change what it pins. */
  shownAround(index: TableIndex, hidden: HiddenIds, target: string): string[];
}

/** Exact subtraction through the constraints (recoverable.ts). */
export const linearAudit: Audit = {
  pinnedNear: (index, hidden, target) => recoverableIn(index, hidden, target),
  shownAround: (index, hidden, target) => {
    const shown = new Set<string>();
    for (const i of componentOf(index, hidden, target).constraints) {
      for (const id of cellsOf(index.constraints[i]!)) if (!hidden.has(id)) shown.add(id);
    }
    return [...shown];
  },
};

/** Bounds: 0 ≤ cell ≤ atMost, through the constraints (bounds.ts). */
export const boundsAudit: Audit = {
  pinnedNear: (index, hidden, target) => boundPinnedAround(index, hidden, [target]),
  shownAround: (index, hidden, target) => {
    const shown = new Set<string>();
    for (const id of boundsComponentOf(index, hidden, target).unknowns) {
      for (const other of neighboursOf(index, id)) if (!hidden.has(other)) shown.add(other);
    }
    return [...shown];
  },
};

const lexLess = (a: readonly number[], b: readonly number[]): boolean => {
  const i = a.findIndex((v, k) => v !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
};

/**
 * Hides one more cell, and the partners the simple rule gives it, to free the first of
 * `recoverable` that any shown cell can reach (marked 'secondary'). Returns the ids it hid:
 * none when no shown cell is left in the constraints around any of them.
 */
export function hideOneMore(
  index: TableIndex,
  hidden: Hidden,
  recoverable: readonly string[],
  audit: Audit = linearAudit,
): string[] {
  const key = (id: string): [number, number, number, string] => {
    const value = index.cells.get(id)!.value;
    return [
      index.bounds.has(id) ? 1 : 0,
      index.wholeCount.get(id) ?? 0,
      value === 0 ? Number.POSITIVE_INFINITY : value,
      id,
    ];
  };
  const before = (a: string, b: string): number => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || (ka[3] < kb[3] ? -1 : ka[3] > kb[3] ? 1 : 0);
  };
  const shownAround = (target: string) => audit.shownAround(index, hidden, target);

  // Trials cost an audit each: past a few recoverable cells or a wide neighbourhood (a region of
  // hundreds of schools), take the first candidate in the order above for every recoverable
  // cell at once, and let the caller's audit check the result.
  if (recoverable.length > QUICK_AFTER_RECOVERABLE)
    return hideFirstCandidates(index, hidden, recoverable, before, shownAround);
  for (const target of recoverable) {
    const candidates = shownAround(target).sort(before);
    if (candidates.length === 0) continue;
    if (candidates.length > QUICK_AFTER_CANDIDATES)
      return hideFirstCandidates(index, hidden, [target], before, shownAround);
    // Try each: hide it, let the simple rule give it partners, and score the trial:
    // target freed first, then fewest cells left recoverable around it, then fewest hidden.
    let best: { ids: string[]; score: [number, number, number] } | undefined;
    for (const extra of candidates) {
      const added = new Map<string, SuppressionReason>([[extra, 'secondary']]);
      const trial = {
        has: (id: string) => added.has(id) || hidden.has(id),
        set: (id: string) => added.set(id, 'secondary'),
      };
      propagateSecondary(index, trial, [extra]);
      const pinned = audit.pinnedNear(index, trial, target);
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

/** For each recoverable cell, hide its first shown neighbour (and the partners the simple rule gives it). */
function hideFirstCandidates(
  index: TableIndex,
  hidden: Hidden,
  recoverable: readonly string[],
  before: (a: string, b: string) => number,
  shownAround: (target: string) => string[],
): string[] {
  const added: string[] = [];
  for (const target of recoverable) {
    const first = shownAround(target).sort(before)[0];
    if (first === undefined) continue;
    const trial = new Map<string, SuppressionReason>([[first, 'secondary']]);
    propagateSecondary(
      index,
      { has: (id) => trial.has(id) || hidden.has(id), set: (id) => trial.set(id, 'secondary') },
      [first],
    );
    for (const id of trial.keys()) {
      hidden.set(id, 'secondary');
      added.push(id);
    }
  }
  return added;
}
