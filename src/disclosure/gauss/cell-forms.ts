// Every cell of a table as a linear form in free coordinates, so that the table's sums hold
// whatever values the coordinates take: the null space of the sums, found by elimination. A
// reader who sees some cells knows those forms' values; a hidden cell is worked out exactly by
// subtraction, however many sums are combined, just when its form is a combination of the forms
// of the cells shown (gauss-secondary.ts).
//
// Each sum `whole = Σ parts` is taken in turn: with every cell written in today's coordinates,
// whole − Σ parts is a form that must vanish. If it already does, the sum says nothing new.
// Otherwise one of its coordinates is solved for and substituted everywhere, so it is no longer
// free. The whole's own coordinate is preferred (a total is the natural dependent cell), else
// the coordinate in the fewest forms, which keeps the forms short.
//
// Given the order cells are offered for publication (publish-order.ts), the coordinate offered
// last is solved for instead: the cells published first (a city's, a group's totals) stay free
// coordinates, one each, and the dependent cells are the least wanted (a school's smallest group).
// The span of the forms is the same either way, so the elimination decides alike; but its basis
// then fills in little: a city total published first is one coordinate, not the sum of 2,000
// schools that every school's form later met (README, Performance).
import type { Constraint } from '../types.js';
import { inverse, negate } from './field.js';
import { addScaled, scaled, unitForm, type LinearForm } from './linear-form.js';

const MINUS_ONE = negate(1);

export interface CellForms {
  /** Cell id → its coordinate (its own, while it is free). */
  readonly coordinateOf: ReadonlyMap<string, number>;
  /** The form of a cell: its own unit form while free, its substitution once solved for. */
  form(id: string): LinearForm;
  /**
   * Where a coordinate's cell is in the order cells are offered for publication (0: first), when
   * that order was given: a basis that pivots on the least wanted coordinate fills in least.
   */
  readonly offeredAt?: (coordinate: number) => number;
}

export function cellForms(
  ids: readonly string[],
  constraints: readonly Constraint[],
  publishOrder?: ReadonlyMap<string, number>,
): CellForms {
  const coordinateOf = new Map(ids.map((id, i) => [id, i]));
  const place = publishOrder ? Int32Array.from(ids, (id) => publishOrder.get(id) ?? -1) : undefined;
  const solved = new Map<number, LinearForm>();
  // For each free coordinate, the solved cells whose form holds it: where a substitution must reach.
  const holders = new Map<number, Set<number>>();
  const formOf = (c: number): LinearForm => solved.get(c) ?? unitForm(c);
  // `from` (default: the form itself) holds the coordinates the form may have gained: a
  // substitution just made, since the form's other coordinates are held already.
  const hold = (cell: number, form: LinearForm, from: LinearForm = form) => {
    for (const k of from.keys()) if (form.has(k)) (holders.get(k) ?? holders.set(k, new Set()).get(k)!).add(cell);
  };
  // Short sums first (a school's own partitions), so long ones (a city's schools) meet short forms.
  const order = [...constraints].sort((a, b) => a.parts.length - b.parts.length);
  for (const constraint of order) {
    const whole = coordinateOf.get(constraint.whole)!;
    const rest = new Map(formOf(whole));
    for (const part of constraint.parts) addScaled(rest, formOf(coordinateOf.get(part)!), MINUS_ONE);
    if (rest.size === 0) continue;
    const pivot = place ? lastOffered(rest, place) : rest.has(whole) ? whole : fewestHolders(rest, holders);
    // pivot = −(rest − rest[pivot]·e_pivot) / rest[pivot]
    const coefficient = rest.get(pivot)!;
    rest.delete(pivot);
    const substitution = scaled(rest, negate(inverse(coefficient)));
    for (const cell of holders.get(pivot) ?? []) {
      const form = solved.get(cell)!;
      const factor = form.get(pivot);
      if (factor === undefined) continue; // cancelled out of this form since it was listed
      form.delete(pivot);
      addScaled(form, substitution, factor);
      hold(cell, form, substitution);
    }
    holders.delete(pivot);
    solved.set(pivot, substitution);
    hold(pivot, substitution);
  }
  return {
    coordinateOf,
    form: (id) => new Map(formOf(coordinateOf.get(id)!)),
    ...(place ? { offeredAt: (k: number) => place[k]! } : {}),
  };
}

function fewestHolders(form: LinearForm, holders: ReadonlyMap<number, ReadonlySet<number>>): number {
  let best = -1;
  let bestCount = Number.POSITIVE_INFINITY;
  for (const k of form.keys()) {
    const count = holders.get(k)?.size ?? 0;
    if (count < bestCount || (count === bestCount && k < best)) [best, bestCount] = [k, count];
  }
  return best;
}

/** The coordinate of the cell offered for publication last. */
function lastOffered(form: LinearForm, place: Int32Array): number {
  let best = -1;
  for (const k of form.keys()) if (best < 0 || place[k]! > place[best]!) best = k;
  return best;
}
