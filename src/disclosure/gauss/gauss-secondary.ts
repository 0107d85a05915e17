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
//
// Bounds met with equality (active-bounds.ts) that hold a hidden cell are what a reader knows as
// inequalities only: a hidden count of 0 may be more, one equal to its cohort less. Each such bound
// can be loosened on its own, keeping the others, as long as the bounds stay independent of one
// another beyond what is published; then no hidden cell outside the published forms' span is
// pinned (each has a direction that keeps the sums and loosens at most one bound). So each is
// kept in a second basis with a tag coordinate of its own, and a cell is not published where its
// form, less that basis, is left with two tags or more: a combination of bounds it would pin.
import { negate } from './field.js';
import { Basis } from './basis.js';
import { addScaled, isMultipleOf, type LinearForm } from './linear-form.js';
import type { CellForms } from './cell-forms.js';

export interface GaussSecondaryInput {
  forms: CellForms;
  /** Cells hidden on their own account, in order. */
  primary: readonly string[];
  /** Every other cell, the one most wanted published first. */
  candidates: readonly string[];
  /**
   * Bounds a reader may know beyond the sums (active-bounds.ts), offered before any cell. One
   * that would settle a hidden cell is not learnt: its cell, if it names one, is hidden instead,
   * and the bound is kept free of the others.
   */
  known?: readonly KnownEquation[];
  /** A count → the cell it is at most (its cohort): where both are hidden, their difference is protected too. */
  atMost?: ReadonlyMap<string, string>;
}

export interface KnownEquation {
  form: LinearForm;
  /** The cell whose own bound this is (a count of 0, a count equal to its cohort): hidden where it cannot be learnt. */
  cell?: string;
  /** The cells the equation settles beside its cell: it is not learnt while one of them is hidden. */
  pins?: readonly string[];
  /** Every cell the bound names: one of them hidden, it is known as an inequality only. */
  cells?: readonly string[];
}

export interface GaussSecondaryResult {
  /** Cells hidden to protect the others, in the order they were met. */
  secondary: string[];
  /** Primary cells the sums alone give away, whatever is hidden (a sum stated with one part). */
  givenAway: string[];
  /** Hidden counts whose complement (cohort − count) was known by the time both were hidden. */
  complementsGivenAway: string[];
  /** Bounds at equality that follow from other such bounds: a reader may pin them together. */
  entangled: number;
  /** For each secondary cell, the hidden cell it was hidden to protect, where it is one (explain's audit trail). */
  protecting: Map<string, string>;
}

const MINUS_ONE = negate(1);
const tag = (k: number) => -1 - k;
// The id under which a hidden count's complement is protected beside the cells.
const COMPLEMENT = '\u0000complement';
const firstUntagged = (form: LinearForm) => {
  for (const k of form.keys()) if (k >= 0) return k;
  return undefined;
};

export function gaussSecondary(input: GaussSecondaryInput): GaussSecondaryResult {
  const { forms, primary, candidates, known = [], atMost = new Map<string, string>() } = input;
  const shown = new Basis();
  const bounds = new Basis();
  let tags = 0;
  let entangled = 0;
  // Tags of bounds that follow from other bounds: showing one of them alone would pin the rest.
  const tied = new Set<number>();
  const residuals = new Map<string, LinearForm>();
  // Coordinate → the hidden cells whose residual holds it: the only ones a new pivot can change.
  const holding = new Map<number, Set<string>>();
  // `from` (default: the residual itself) holds the coordinates it may have gained: a row just
  // subtracted, since the residual's other coordinates are held already.
  const hold = (id: string, residual: LinearForm, from: LinearForm = residual) => {
    for (const k of from.keys()) if (residual.has(k)) (holding.get(k) ?? holding.set(k, new Set()).get(k)!).add(id);
  };
  const hidden = new Set<string>();
  const givenAway: string[] = [];
  const complementsGivenAway: string[] = [];
  const countsOf = new Map<string, string[]>();
  for (const [count, cohort] of atMost) (countsOf.get(cohort) ?? countsOf.set(cohort, []).get(cohort)!).push(count);
  const guard = (id: string, form: LinearForm, given: string[]) => {
    const residual = shown.reduce(form);
    if (residual.size === 0) given.push(id);
    else {
      residuals.set(id, residual);
      hold(id, residual);
    }
  };
  const guardComplement = (count: string, cohort: string) => {
    const form = forms.form(cohort);
    addScaled(form, forms.form(count), MINUS_ONE);
    guard(`${count}${COMPLEMENT}`, form, complementsGivenAway);
  };
  const protect = (id: string, given: string[]) => {
    hidden.add(id);
    guard(id, forms.form(id), given);
    const cohort = atMost.get(id);
    if (cohort !== undefined && hidden.has(cohort)) guardComplement(id, cohort);
    for (const count of countsOf.get(id) ?? []) if (hidden.has(count)) guardComplement(count, id);
  };
  for (const id of primary) protect(id, givenAway);
  // A bound with a hidden cell in it, kept free of the others (see the head of this file).
  // The second basis pivots on the untagged coordinate offered last, where the order is known: its
  // rows, unlike the first's, are never reduced by what is published later, so a pivot on a total's
  // coordinate (met by every form under that total) would fill them in (README, Performance).
  const offeredAt = forms.offeredAt;
  const boundPivot = (form: LinearForm): number | undefined => {
    if (!offeredAt) return firstUntagged(form);
    let best: number | undefined;
    for (const k of form.keys()) if (k >= 0 && (best === undefined || offeredAt(k) > offeredAt(best))) best = k;
    return best;
  };
  const keepFree = (form: LinearForm) => {
    const row = new Map(form).set(tag(tags++), 1);
    const residual = bounds.reduce(row);
    const pivot = boundPivot(residual);
    if (pivot === undefined && residual.size > 1) {
      entangled++;
      for (const k of residual.keys()) tied.add(k);
    }
    bounds.add(residual, pivot ?? residual.keys().next().value!);
  };
  const affectedBy = (pivot: number) => [...(holding.get(pivot) ?? [])].filter((h) => residuals.get(h)!.has(pivot));
  // What showing a form (its residual given) would give away: a hidden cell (or a hidden count's
  // complement, named by the count), or bounds pinned together (no one cell); undefined if nothing.
  // `tagged` is the residual less the second basis: what a reader would learn of the bounds.
  const wouldDisclose = (residual: LinearForm, tagged: LinearForm): { cell?: string } | undefined => {
    // Only bounds left: it would tell a reader how far two bounds are from equality, or one tied to others.
    if (firstUntagged(tagged) === undefined && (tagged.size > 1 || tied.has(tagged.keys().next().value!))) return {};
    const given = affectedBy(leastHeld(residual, holding)).find((h) => isMultipleOf(residuals.get(h)!, residual));
    return given === undefined ? undefined : { cell: given.replace(COMPLEMENT, '') };
  };
  // Adds a form to what is known, reducing the residuals it reaches.
  const learn = (residual: LinearForm, tagged: LinearForm) => {
    const pivot = leastHeld(residual, holding);
    const affected = affectedBy(pivot);
    const row = shown.add(residual, pivot);
    holding.delete(pivot);
    for (const h of affected) {
      const r = residuals.get(h)!;
      addScaled(r, row, negate(r.get(pivot)!));
      hold(h, r, row);
    }
    if (tagged.size > 0) bounds.add(tagged, boundPivot(tagged) ?? tagged.keys().next().value!);
  };
  const secondary: string[] = [];
  const protecting = new Map<string, string>();
  const hide = (id: string, protectedId: string | undefined) => {
    secondary.push(id);
    if (protectedId !== undefined) protecting.set(id, protectedId);
    protect(id, []);
  };
  const holdsHidden = ({ cell, cells = [] }: KnownEquation) =>
    (cell !== undefined && hidden.has(cell)) || cells.some((c) => hidden.has(c));
  // The bounds of the primary cells first, so that nothing learnt before them ties them together.
  const rest = known.filter((bound) => !holdsHidden(bound));
  for (const bound of known) if (holdsHidden(bound)) keepFree(bound.form);
  for (const bound of rest) {
    if (holdsHidden(bound)) {
      keepFree(bound.form);
      continue;
    }
    const { form, cell, pins = [] } = bound;
    const pinsHidden = pins.some((p) => hidden.has(p));
    const residual = shown.reduce(form);
    if (residual.size === 0 && !pinsHidden) continue;
    const tagged = pinsHidden || residual.size === 0 ? undefined : bounds.reduce(residual);
    const given = tagged === undefined ? undefined : wouldDisclose(residual, tagged);
    if (tagged !== undefined && given === undefined) learn(residual, tagged);
    else {
      if (cell !== undefined) hide(cell, given?.cell ?? pins.find((p) => hidden.has(p)));
      keepFree(form);
    }
  }
  for (const id of candidates) {
    if (hidden.has(id)) continue;
    const form = forms.form(id);
    const residual = shown.reduce(form);
    // Already known from what is published: showing it tells nothing more.
    if (residual.size === 0) continue;
    // A count is withheld with its cohort (a report prints neither rate nor gap), so protected too.
    const cohort = atMost.get(id);
    if (cohort !== undefined && hidden.has(cohort)) {
      hide(id, cohort);
      continue;
    }
    const tagged = bounds.reduce(residual);
    const given = wouldDisclose(residual, tagged);
    if (given !== undefined) hide(id, given.cell);
    else learn(residual, tagged);
  }
  return { secondary, givenAway, complementsGivenAway, entangled, protecting };
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
