// A cell as a linear form in the table's free coordinates: the coefficients of the few cells
// (coordinates) its value is a sum of, under the table's sums. Sparse: a school's cell is one
// coordinate, a city total the sum of its schools'.
import { negate, plus, times } from './field.js';

/** Coordinate → coefficient (a non-zero residue). */
export type LinearForm = Map<number, number>;

export const unitForm = (coordinate: number): LinearForm => new Map([[coordinate, 1]]);

/** target += factor × source, in place; coefficients that cancel are removed. */
export function addScaled(target: LinearForm, source: LinearForm, factor: number): void {
  if (factor === 0) return;
  for (const [coordinate, coefficient] of source) {
    const sum = plus(target.get(coordinate) ?? 0, times(factor, coefficient));
    if (sum === 0) target.delete(coordinate);
    else target.set(coordinate, sum);
  }
}

/** factor × form, as a new form. */
export function scaled(form: LinearForm, factor: number): LinearForm {
  const out: LinearForm = new Map();
  addScaled(out, form, factor);
  return out;
}

/** a − b, as a new form. */
export function difference(a: LinearForm, b: LinearForm): LinearForm {
  const out = new Map(a);
  addScaled(out, b, negate(1));
  return out;
}

/** Whether `a` is a multiple of `b` (b non-zero): the same coordinates in the same proportion. */
export function isMultipleOf(a: LinearForm, b: LinearForm): boolean {
  if (a.size !== b.size) return false;
  const [pivot, bPivot] = b.entries().next().value as [number, number];
  const aPivot = a.get(pivot);
  if (aPivot === undefined) return false;
  for (const [coordinate, coefficient] of b) {
    const other = a.get(coordinate);
    if (other === undefined || times(other, bPivot) !== times(coefficient, aPivot)) return false;
  }
  return true;
}
