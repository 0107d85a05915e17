// Disclosure control for a set of published tables (domain.md, Publication; pitfalls.md,
// Disclosure). Pure: cells and constraints in, the cells to show as `c` out.
//
//   1. primary    counts of 1..threshold, and counts whose complement (cohort − count) is
//                 1..threshold: 0 missing or 0 reaching it in a small group discloses everyone.
//   2. secondary  while a constraint has exactly one hidden cell, hide one more (secondary.ts).
//   3. audit      solve the constraints as the attacker would (recoverable.ts); while a cell
//                 is still recoverable, hide one more cell that frees it (audit-remedy.ts) and
//                 go back to 2. Each round hides a cell, so it ends.
//
// Step 3 exists because the simple rule of step 2 looks at one constraint at a time, and two
// constraints together can pin a cell that each alone leaves free.
import { hideOneMore } from './audit-remedy.js';
import { recoverableAround, recoverableIn } from './recoverable.js';
import { propagateSecondary } from './secondary.js';
import { indexTable, type TableIndex } from './table-index.js';
import type { Constraint, CountCell, SuppressionInput, SuppressionReason, SuppressionResult } from './types.js';

/** Whether a cell is hidden on its own account: its count or complement is 1..threshold, or the caller says so. */
export function isPrimary(cell: CountCell, threshold: number): boolean {
  const small = (n: number) => n >= 1 && n <= threshold;
  return cell.disclosive === true || small(cell.value) || (cell.cohort !== undefined && small(cell.cohort - cell.value));
}

export function suppressCells(input: SuppressionInput): SuppressionResult {
  const { cells, constraints, threshold } = input;
  if (!Number.isSafeInteger(threshold) || threshold < 0) {
    throw new Error(`suppression: threshold ${threshold}; expected a whole number ≥ 0`);
  }
  indexTable(cells, constraints); // checks the whole table once: ids unique across quantities

  // Quantities never share a constraint, so each is suppressed on its own (and faster so).
  const byQuantity = new Map<string, { cells: CountCell[]; constraints: Constraint[] }>();
  const of = (q: string) => byQuantity.get(q) ?? byQuantity.set(q, { cells: [], constraints: [] }).get(q)!;
  for (const cell of cells) of(cell.quantity).cells.push(cell);
  for (const constraint of constraints) of(constraint.quantity).constraints.push(constraint);
  const hidden = new Map<string, SuppressionReason>();
  for (const cell of cells) if (isPrimary(cell, threshold)) hidden.set(cell.id, 'primary');
  const still = new Set<string>();
  for (const part of byQuantity.values()) {
    for (const id of suppressQuantity(indexTable(part.cells, part.constraints), hidden)) still.add(id);
  }
  return { suppressed: new Set(hidden.keys()), reasons: hidden, stillRecoverable: cells.map((c) => c.id).filter((id) => still.has(id)) };
}

/** Steps 2 and 3 for one quantity's cells, adding to `hidden`; returns what is still recoverable. */
function suppressQuantity(index: TableIndex, hidden: Map<string, SuppressionReason>): string[] {
  propagateSecondary(index, hidden);
  let recoverable = recoverableIn(index, hidden);
  while (recoverable.length > 0) {
    const added = hideOneMore(index, hidden, recoverable);
    if (added.length === 0) break;
    const before = hidden.size;
    propagateSecondary(index, hidden, added);
    const partners = [...hidden.keys()].slice(before);
    recoverable = recoverableAround(index, hidden, [...added, ...partners, ...recoverable]);
  }
  return recoverable;
}
