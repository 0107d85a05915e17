// Secondary suppression by Gaussian elimination (the method of Statistics Norway's
// GaussSuppression, Langsrud 2024): the cells are offered for publication one at a time, most
// wanted first, and one is published only if, with it, no hidden cell becomes a linear
// combination of the published ones. So no hidden cell can be worked out by subtraction from
// everything published, however the sums are combined, by construction and not by repair.
//
// The published cells' forms are kept as a basis in echelon form; each hidden cell keeps its
// residual, its form less what the basis explains. Publishing a cell whose residual is r makes a
// hidden cell known exactly when that cell's residual is a multiple of r; otherwise r joins the
// basis and every residual is reduced by it. A cell hidden here is protected from then on too,
// so a second hidden cell cannot be worked out either.
import { inverse, negate } from './field.js';
import { addScaled, isMultipleOf, scaled, type LinearForm } from './linear-form.js';
import { MinHeap } from './min-heap.js';
import type { CellForms } from './cell-forms.js';

export interface GaussSecondaryInput {
  forms: CellForms;
  /** Cells hidden on their own account, in order. */
  primary: readonly string[];
  /** Every other cell, the one most wanted published first. */
  candidates: readonly string[];
  /**
   * Equations a reader may know beyond the sums (active-bounds.ts), offered before any cell. One
   * that would settle a hidden cell is not learnt: its cell, if it names one, is hidden instead.
   */
  known?: readonly KnownEquation[];
}

export interface KnownEquation {
  form: LinearForm;
  /** The cell to hide where the equation cannot be learnt. */
  cell?: string;
  /** The cells the equation settles beside its cell: it is not learnt while one of them is hidden. */
  pins?: readonly string[];
}

export interface GaussSecondaryResult {
  /** Cells hidden to protect the others, in the order they were met. */
  secondary: string[];
  /** Primary cells the sums alone give away, whatever is hidden (a sum stated with one part). */
  givenAway: string[];
  /** For each secondary cell, the hidden cell it was hidden to protect (for the audit trail: explain). */
  protecting: Map<string, string>;
}

export function gaussSecondary({ forms, primary, candidates, known = [] }: GaussSecondaryInput): GaussSecondaryResult {
  const basis = new Basis();
  const residuals = new Map<string, LinearForm>();
  // Coordinate → the hidden cells whose residual holds it: the only ones a new pivot can change.
  const holding = new Map<number, Set<string>>();
  const protect = (id: string, residual: LinearForm) => {
    residuals.set(id, residual);
    for (const k of residual.keys()) (holding.get(k) ?? holding.set(k, new Set()).get(k)!).add(id);
  };
  const givenAway: string[] = [];
  for (const id of primary) {
    const form = forms.form(id);
    if (form.size === 0) givenAway.push(id);
    else protect(id, form);
  }
  // Adds a reduced form to the basis, reducing the residuals it reaches.
  const learn = (residual: LinearForm, pivot: number, affected: readonly string[]) => {
    const row = basis.add(residual, pivot);
    holding.delete(pivot);
    for (const h of affected) {
      const r = residuals.get(h)!;
      addScaled(r, row, negate(r.get(pivot)!));
      for (const k of r.keys()) (holding.get(k) ?? holding.set(k, new Set()).get(k)!).add(h);
    }
  };
  const affectedBy = (residual: LinearForm, pivot: number) =>
    [...(holding.get(pivot) ?? [])].filter((h) => residuals.get(h)!.has(pivot));
  const secondary: string[] = [];
  const protecting = new Map<string, string>();
  const hide = (id: string, residual: LinearForm, protectedId: string | undefined) => {
    secondary.push(id);
    if (protectedId !== undefined) protecting.set(id, protectedId);
    protect(id, residual);
  };
  // What a reader knows of the cells at their bounds comes first (active-bounds.ts).
  for (const { form, cell, pins = [] } of known) {
    if (cell !== undefined && residuals.has(cell)) continue;
    const pinsHidden = pins.some((p) => residuals.has(p));
    const residual = basis.reduce(form);
    if (residual.size === 0 && !pinsHidden) continue;
    const pivot = residual.size > 0 ? leastHeld(residual, holding) : -1;
    const affected = affectedBy(residual, pivot);
    const given = affected.find((h) => isMultipleOf(residuals.get(h)!, residual));
    if (!pinsHidden && given === undefined) learn(residual, pivot, affected);
    else if (cell !== undefined)
      hide(cell, basis.reduce(forms.form(cell)), given ?? pins.find((p) => residuals.has(p)));
  }
  for (const id of candidates) {
    if (residuals.has(id)) continue;
    const residual = basis.reduce(forms.form(id));
    // Already known from what is published: showing it tells nothing more.
    if (residual.size === 0) continue;
    const pivot = leastHeld(residual, holding);
    const affected = affectedBy(residual, pivot);
    const given = affected.find((h) => isMultipleOf(residuals.get(h)!, residual));
    if (given !== undefined) hide(id, residual, given);
    else learn(residual, pivot, affected);
  }
  return { secondary, givenAway, protecting };
}

/** The coordinate of the form held by the fewest hidden cells' residuals (ties: the lowest). */
function leastHeld(form: LinearForm, holding: ReadonlyMap<number, ReadonlySet<string>>): number {
  let best = -1;
  let fewest = Number.POSITIVE_INFINITY;
  for (const k of form.keys()) {
    const n = holding.get(k)?.size ?? 0;
    if (n < fewest || (n === fewest && k < best)) [best, fewest] = [k, n];
  }
  return best;
}

/** The published cells' forms in echelon form, each row scaled so its pivot's coefficient is 1. */
class Basis {
  private readonly rows: { pivot: number; form: LinearForm }[] = [];
  private readonly rowOfPivot = new Map<number, number>();

  /** The form less every row: no pivot of the basis is left in it. */
  reduce(form: LinearForm): LinearForm {
    const out = new Map(form);
    const due = new MinHeap();
    for (const k of out.keys()) {
      const i = this.rowOfPivot.get(k);
      if (i !== undefined) due.push(i);
    }
    // A row has none of the pivots of the rows before it, so taking rows in order never brings back one done.
    for (let i = due.pop(); i !== undefined; i = due.pop()) {
      const { pivot, form: row } = this.rows[i]!;
      const coefficient = out.get(pivot);
      if (coefficient === undefined) continue;
      addScaled(out, row, negate(coefficient));
      for (const k of row.keys()) {
        const j = this.rowOfPivot.get(k);
        if (j !== undefined && j > i && out.has(k)) due.push(j);
      }
    }
    return out;
  }

  /** Adds a reduced form as a row on `pivot`; returns the row. */
  add(form: LinearForm, pivot: number): LinearForm {
    const row = scaled(form, inverse(form.get(pivot)!));
    this.rowOfPivot.set(pivot, this.rows.length);
    this.rows.push({ pivot, form: row });
    return row;
  }
}
