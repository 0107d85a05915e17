// The attacker's bounds audit: what a person with a spreadsheet can do beyond exact subtraction.
// Every cell is a whole number ≥ 0, and a cell with `atMost` is no more than that cell (a count
// no more than its cohort). So a shown total of 0 pins every hidden part to 0, a shown total equal
// to the sum of its parts' upper bounds (a 100% rate) pins every hidden part to its bound, and
// narrowed ranges chain from one constraint to the next. A hidden cell is recoverable when its
// range narrows to one value.
//
// Interval propagation to a fixpoint: shown cells are [value, value], hidden ones start at
// [0, ∞); each constraint whole = Σ parts narrows its whole to [Σ lo, Σ hi] and each part to
// [lo(whole) − Σ hi(others), hi(whole) − Σ lo(others)]; each bound narrows hi(cell) to hi(bound)
// and lo(bound) to lo(cell). Sound (a range always holds the true value), not complete: a linear
// programme can pin a little more, by combining constraints before bounding. Solved one component
// of unknowns at a time, as recoverable.ts does, but unknowns are linked by bounds as well.
import type { HiddenIds } from './recoverable.js';
import { cellsOf, indexTable, type TableIndex } from './table-index.js';
import type { Constraint, CountCell } from './types.js';

/** The hidden cells whose range the bounds narrow to one value, in the order of `cells`. */
export function boundPinnedCells(
  cells: readonly CountCell[],
  constraints: readonly Constraint[],
  suppressed: ReadonlySet<string>,
): string[] {
  const index = indexTable(cells, constraints);
  return boundPinnedAround(index, suppressed, index.cells.keys());
}

/** The range the bounds allow each hidden cell of the component holding `start`: [lo, hi], hi may be ∞. */
export function boundsOf(index: TableIndex, hidden: HiddenIds, start: string): Map<string, [number, number]> {
  const { unknowns, links } = boundsComponentOf(index, hidden, start);
  return propagate(index, hidden, unknowns, links).range;
}

/** The cells a cell's range depends on directly: the cells of its constraints, its bound, and what it bounds. */
export function neighboursOf(index: TableIndex, id: string): string[] {
  const out: string[] = [];
  for (const i of index.constraintsOf.get(id) ?? [])
    for (const other of cellsOf(index.constraints[i]!)) if (other !== id) out.push(other);
  const bound = boundOf(index, id);
  if (bound !== undefined) out.push(bound);
  out.push(...(index.bounds.get(id) ?? []));
  return out;
}

/** A count and the cell it is at most. */
type Link = readonly [cell: string, bound: string];

const boundOf = (index: TableIndex, id: string): string | undefined => {
  const bound = index.cells.get(id)?.atMost;
  return bound !== undefined && index.cells.has(bound) ? bound : undefined;
};

/** The hidden cells linked to `start` by a shared constraint or a bound, and the bounds among them. */
export function boundsComponentOf(
  index: TableIndex,
  hidden: HiddenIds,
  start: string,
): { unknowns: string[]; links: Link[] } {
  const unknowns = [start];
  const seen = new Set(unknowns);
  const links: Link[] = [];
  for (let k = 0; k < unknowns.length; k++) {
    const id = unknowns[k]!;
    const bound = boundOf(index, id);
    if (bound !== undefined) links.push([id, bound]);
    // hidden ones add it themselves
    for (const cell of index.bounds.get(id) ?? []) if (!hidden.has(cell)) links.push([cell, id]);
    for (const other of neighboursOf(index, id)) {
      if (hidden.has(other) && !seen.has(other)) {
        seen.add(other);
        unknowns.push(other);
      }
    }
  }
  return { unknowns, links };
}

/**
 * The pinned cells of the components holding any of `starts`, in the order of the table. Hiding
 * more cells only widens ranges, so after hiding some only their components need solving again.
 */
export function boundPinnedAround(index: TableIndex, hidden: HiddenIds, starts: Iterable<string>): string[] {
  const solved = new Set<string>();
  const pinned = new Set<string>();
  for (const id of starts) {
    if (!hidden.has(id) || solved.has(id)) continue;
    const { unknowns, links } = boundsComponentOf(index, hidden, id);
    for (const u of unknowns) solved.add(u);
    const { range, exhausted } = propagate(index, hidden, unknowns, links);
    // Not narrowed to the end: nothing in it is known to be free, so every cell counts as pinned.
    for (const [u, [lo, hi]] of range) if (lo === hi || exhausted) pinned.add(u);
  }
  return [...index.cells.keys()].filter((id) => pinned.has(id));
}

/**
 * Past this many narrowings per constraint and bound, on average, stop: ranges that narrow a
 * pupil at a time round a cycle would otherwise take as many rounds as there are pupils. What is
 * pinned by then is pinned; the rest of that component is reported pinned too (`exhausted`), so
 * the audit hides more rather than publish a cell it could not show to be free.
 */
const MAX_ROUNDS = 64;

function propagate(
  index: TableIndex,
  hidden: HiddenIds,
  unknowns: readonly string[],
  links: readonly Link[],
): { range: Map<string, [number, number]>; exhausted: boolean } {
  const range = new Map<string, [number, number]>(unknowns.map((id) => [id, [0, Number.POSITIVE_INFINITY]]));
  const lo = (id: string) => range.get(id)?.[0] ?? index.cells.get(id)!.value;
  const hi = (id: string) => range.get(id)?.[1] ?? index.cells.get(id)!.value;

  // Work items: constraint i is item i; link k is item constraints.length + k.
  const constraintItems = [...new Set(unknowns.flatMap((id) => index.constraintsOf.get(id) ?? []))].sort(
    (a, b) => a - b,
  );
  const itemsOf = new Map<string, number[]>();
  const addItem = (id: string, item: number) => (itemsOf.get(id) ?? itemsOf.set(id, []).get(id)!).push(item);
  for (const i of constraintItems) for (const id of cellsOf(index.constraints[i]!)) addItem(id, i);
  const base = index.constraints.length;
  links.forEach(([cell, bound], k) => {
    addItem(cell, base + k);
    addItem(bound, base + k);
  });
  const queue = [...constraintItems, ...links.map((_, k) => base + k)];
  const queued = new Set(queue);
  let budget = MAX_ROUNDS * queue.length;

  const narrow = (id: string, l: number, h: number) => {
    const r = range.get(id);
    if (!r || (l <= r[0] && h >= r[1])) return;
    if (l > r[0]) r[0] = l;
    if (h < r[1]) r[1] = h;
    for (const item of itemsOf.get(id) ?? []) {
      if (!queued.has(item)) {
        queued.add(item);
        queue.push(item);
      }
    }
  };

  for (let k = 0; k < queue.length && budget > 0; k++, budget--) {
    const item = queue[k]!;
    queued.delete(item);
    if (item >= base) {
      const [cell, bound] = links[item - base]!;
      narrow(cell, 0, hi(bound));
      narrow(bound, lo(cell), Number.POSITIVE_INFINITY);
      continue;
    }
    const { whole, parts } = index.constraints[item]!;
    let sumLo = 0;
    let sumHi = 0; // of the parts with a finite hi
    let infinite = 0;
    for (const p of parts) {
      sumLo += lo(p);
      const h = hi(p);
      if (h === Number.POSITIVE_INFINITY) infinite++;
      else sumHi += h;
    }
    narrow(whole, sumLo, infinite > 0 ? Number.POSITIVE_INFINITY : sumHi);
    const [wholeLo, wholeHi] = [lo(whole), hi(whole)];
    for (const p of parts) {
      if (!range.has(p)) continue;
      // The sums were taken before this pass narrowed other parts: looser, so still sound.
      const [l, h] = [lo(p), hi(p)];
      const othersInfinite = infinite - (h === Number.POSITIVE_INFINITY ? 1 : 0);
      const othersHi = sumHi - (h === Number.POSITIVE_INFINITY ? 0 : h);
      narrow(p, othersInfinite > 0 ? 0 : wholeLo - othersHi, wholeHi - (sumLo - l));
    }
  }
  return { range, exhausted: budget === 0 && queued.size > 0 };
}
