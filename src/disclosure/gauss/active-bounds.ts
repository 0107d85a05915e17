// The bounds a reader can lean on, as equations. A hidden cell lies in [0, its atMost], and Σ parts
// ≤ whole holds for subsets and implications; a linear programme (the attacker's) moves hidden
// cells only along the sums' free directions that keep every bound. At the true figures a bound
// that holds with equality (a count of 0, a count equal to its cohort, a subset as large as its
// whole) stops every direction that would cross it, so a cell free under the sums alone can still
// be pinned. Treating each such bound as an equation the reader knows is the safe side: a primary
// cell left free by the sums and these equations has a direction that crosses no bound.
//
// A cell at its bound also pins its parts: a total of 0 makes every part 0, a total at 100% every
// part at 100%, whatever else is hidden. So a cell at its bound is shown only if nothing hidden
// lies among the parts it pins (gauss-secondary.ts). A hidden cell's own bound, and a bound with a
// hidden cell in it, is known as an inequality only: the elimination keeps it free of the others.
import type { Constraint, CountCell, Inequality } from '../types.js';
import type { CellForms } from './cell-forms.js';
import { negate } from './field.js';
import type { KnownEquation } from './gauss-secondary.js';
import { addScaled } from './linear-form.js';

const MINUS_ONE = negate(1);

export function activeBoundForms(
  cells: readonly CountCell[],
  constraints: readonly Constraint[],
  inequalities: readonly Inequality[],
  forms: CellForms,
  primary: ReadonlySet<string>,
): KnownEquation[] {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const atZero = (id: string) => byId.get(id)!.value === 0;
  const atFull = (id: string) => {
    const c = byId.get(id)!;
    return c.atMost !== undefined && c.value > 0 && byId.get(c.atMost)?.value === c.value;
  };
  // Whole → its parts, by sums (which carry 0 and 100% down) and by bounds (which carry only 0).
  const sumParts = new Map<string, string[]>();
  const boundParts = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, whole: string, parts: readonly string[]) =>
    (map.get(whole) ?? map.set(whole, []).get(whole)!).push(...parts);
  for (const s of constraints) add(sumParts, s.whole, s.parts);
  for (const q of inequalities) add(boundParts, q.whole, q.parts);
  const pinnedBy = (id: string, zero: boolean): string[] => {
    const seen = new Set([id]);
    const due = [id];
    for (let next = due.pop(); next !== undefined; next = due.pop()) {
      const parts = [...(sumParts.get(next) ?? []), ...(zero ? (boundParts.get(next) ?? []) : [])];
      for (const p of parts)
        if (!seen.has(p) && (zero ? atZero(p) : atFull(p))) {
          seen.add(p);
          due.push(p);
        }
    }
    seen.delete(id);
    return [...seen];
  };
  const equation = (whole: string, parts: readonly string[]) => {
    const form = forms.form(whole);
    for (const p of parts) addScaled(form, forms.form(p), MINUS_ONE);
    return form;
  };
  const rows: KnownEquation[] = [];
  for (const c of cells) {
    if (primary.has(c.id)) {
      if (c.value === 0) rows.push({ form: equation(c.id, []), cell: c.id, pins: [] });
      else if (atFull(c.id)) rows.push({ form: equation(c.atMost!, [c.id]), cell: c.id, pins: [] });
    } else if (c.value === 0) rows.push({ form: equation(c.id, []), cell: c.id, pins: pinnedBy(c.id, true) });
    else if (atFull(c.id)) rows.push({ form: equation(c.atMost!, [c.id]), cell: c.id, pins: pinnedBy(c.id, false) });
  }
  // Parts before their wholes: a total is shown only after what it pins is settled.
  rows.sort((a, b) => a.pins!.length - b.pins!.length);
  for (const q of inequalities) {
    const parts = q.parts.reduce((t, p) => t + byId.get(p)!.value, 0);
    if (parts === byId.get(q.whole)!.value)
      rows.push({ form: equation(q.whole, q.parts), cells: [q.whole, ...q.parts] });
  }
  return rows.filter((r) => r.form.size > 0);
}
