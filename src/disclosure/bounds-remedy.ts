// The remedy for cells the bounds audit pins (bounds.ts). A pinned cell's range is one value v
// because something supplies lo ≥ v and something supplies hi ≤ v. Each supplier is a constraint
// or a bound around the cell that, with the ranges of its other cells, gives that side on its own:
//
//   the cell a part:   lo(whole) − Σ hi(other parts) ≥ v, or hi(whole) − Σ lo(other parts) ≤ v
//                      (a total of 100%, or of 0); loosened by hiding the whole.
//   the cell a whole:  Σ lo(parts) ≥ v, or Σ hi(parts) ≤ v; loosened by hiding a shown part.
//   its bound:         hi(bound) ≤ v (a cohort of 0); loosened by hiding the bound.
//   what it bounds:    lo(count) ≥ v (a cohort all reach); loosened by hiding the count.
//
// To free the cell, loosen every supplier of one side: the side that needs fewest cells hidden,
// counting a cohort (a cell bounding others) as several, since hiding it hides every rate on it.
// A supplier that cannot be loosened here (its whole already hidden: a chain) rules its side out;
// the cell pinned further up the chain is in the list too and is loosened in its turn; a cell
// with no side to loosen hides its first shown neighbour and waits for the next audit. Trials,
// as the linear remedy makes, would cost an audit of a component of thousands of cells each.
import { boundsOf, neighboursOf } from './bounds.js';
import { chooseCell, type Hidden } from './secondary.js';
import type { TableIndex } from './table-index.js';

/** Hiding a cohort hides every rate on it: weigh it as this many cells. */
const BOUND_WEIGHT = 5;

/** Hides cells to loosen each of `pinned` (marked 'secondary'); returns the ids it hid, in order. */
export function loosenPins(index: TableIndex, hidden: Hidden, pinned: readonly string[]): string[] {
  const ranges = new Map<string, [number, number]>();
  const range = (id: string): readonly [number, number] => {
    if (!hidden.has(id)) return [index.cells.get(id)!.value, index.cells.get(id)!.value];
    if (!ranges.has(id)) for (const [u, r] of boundsOf(index, hidden, id)) ranges.set(u, r);
    return ranges.get(id)!;
  };
  const lo = (id: string) => range(id)[0];
  const hi = (id: string) => range(id)[1];
  const added: string[] = [];
  const touched = new Set<string>(); // next to a cell hidden in this batch: may be freed, so left to the next audit
  for (const target of pinned) {
    if (!hidden.has(target) || touched.has(target)) continue;
    const v = lo(target);
    if (v !== hi(target)) continue;
    // For each side, the cells to hide, or undefined when some supplier cannot be loosened.
    const sides: { lo: Set<string> | undefined; hi: Set<string> | undefined } = { lo: new Set(), hi: new Set() };
    const supply = (side: 'lo' | 'hi', fix: string | undefined) => {
      if (fix === undefined) sides[side] = undefined;
      else sides[side]?.add(fix);
    };
    const shown = (ids: readonly string[]) => ids.filter((id) => !hidden.has(id));
    for (const i of index.constraintsOf.get(target) ?? []) {
      const { whole, parts } = index.constraints[i]!;
      if (whole === target) {
        const fix = chooseCell(index, shown(parts));
        if (v > 0 && parts.reduce((t, p) => t + lo(p), 0) >= v) supply('lo', fix);
        if (parts.reduce((t, p) => t + hi(p), 0) <= v) supply('hi', fix);
      } else {
        const others = parts.filter((p) => p !== target);
        // Keep the total (a city or group figure) where a shown sibling with room to move will do:
        // below its bound it loosens a total of 100%; above 0 it loosens a total of 0.
        const below = chooseCell(
          index,
          shown(others).filter((p) => {
            const b = index.cells.get(p)!.atMost;
            return b !== undefined && index.cells.get(b)!.value > index.cells.get(p)!.value;
          }),
        );
        const above = chooseCell(
          index,
          shown(others).filter((p) => index.cells.get(p)!.value > 0),
        );
        const whole_ = hidden.has(whole) ? undefined : whole;
        if (v > 0 && lo(whole) - others.reduce((t, p) => t + hi(p), 0) >= v) supply('lo', below ?? whole_);
        if (hi(whole) - others.reduce((t, p) => t + lo(p), 0) <= v) supply('hi', above ?? whole_);
      }
    }
    const bound = index.cells.get(target)!.atMost;
    if (bound !== undefined && index.cells.has(bound) && hi(bound) <= v)
      supply('hi', hidden.has(bound) ? undefined : bound);
    if (v > 0)
      for (const count of index.bounds.get(target) ?? [])
        if (lo(count) >= v) supply('lo', hidden.has(count) ? undefined : count);

    const cost = (cells: Set<string> | undefined) =>
      cells === undefined || cells.size === 0
        ? Number.POSITIVE_INFINITY
        : [...cells].reduce((t, id) => t + (index.bounds.has(id) ? BOUND_WEIGHT : 1), 0);
    let pick = cost(sides.lo) <= cost(sides.hi) ? sides.lo : sides.hi;
    if (cost(pick) === Number.POSITIVE_INFINITY) {
      // Pinned through a chain: loosen it at the cell itself, by its first shown neighbour
      // (a count before a cohort), and let the next audit go on.
      const near = neighboursOf(index, target).filter((id) => !hidden.has(id));
      const first =
        chooseCell(
          index,
          near.filter((id) => !index.bounds.has(id)),
        ) ?? chooseCell(index, near);
      if (first === undefined) continue;
      pick = new Set([first]);
    }
    for (const id of pick!) {
      if (hidden.has(id)) continue;
      hidden.set(id, 'secondary');
      added.push(id);
      for (const near of neighboursOf(index, id)) touched.add(near);
    }
  }
  return added;
}
