// Disclosure control for a set of published tables (domain.md, Publication; pitfalls.md,
// Disclosure). Pure: cells and constraints in, the cells to show as `c` out.
//
//   1. primary    counts of 1..threshold, and counts whose complement (cohort − count) is
//                 1..threshold: 0 missing or 0 reaching it in a small group discloses everyone.
//   2. secondary  while a constraint has exactly one hidden cell, hide one more (secondary.ts).
//   3. audit      solve the constraints as the attacker would (recoverable.ts); while a cell
//                 is still recoverable, hide one more cell that frees it (audit-remedy.ts) and
//                 go back to 2. Each round hides a cell, so it ends.
//   4. bounds     narrow each hidden cell's range with 0 ≤ cell ≤ atMost through the
//                 constraints (bounds.ts); while a range is one value, hide what supplies one
//                 side of it (bounds-remedy.ts; else audit-remedy.ts's trials), and close 2 and
//                 3 around what was hidden. Each round hides a cell, so it ends.
//
// Step 3 exists because the simple rule of step 2 looks at one constraint at a time, and two
// constraints together can pin a cell that each alone leaves free. Step 4 because subtraction
// is not all an attacker has: a shown total of 0, or one equal to its parts' cohorts (100%),
// pins every hidden part without any subtraction. Steps 2 and 3 run one quantity at a time;
// step 4 across quantities, since a count's bound is its cohort.
import { cellThreshold } from './cell-threshold.js';
import { boundsAudit, hideOneMore } from './audit-remedy.js';
import { loosenPins } from './bounds-remedy.js';
import { boundPinnedAround } from './bounds.js';
import { recoverableAround, recoverableIn } from './recoverable.js';
import { propagateSecondary } from './secondary.js';
import { indexTable, type TableIndex } from './table-index.js';
import type { Constraint, CountCell, SuppressionInput, SuppressionReason, SuppressionResult } from './types.js';

/** Whether a cell is hidden on its own account: its count or complement is 1..threshold, or the caller says so. */
export function isPrimary(cell: CountCell, threshold: number): boolean {
  const limit = cellThreshold(cell, threshold);
  const small = (n: number) => n >= 1 && n <= limit;
  return (
    cell.disclosive === true || small(cell.value) || (cell.cohort !== undefined && small(cell.cohort - cell.value))
  );
}

export function suppressCells(input: SuppressionInput): SuppressionResult {
  const { cells, constraints, threshold } = input;
  if (!Number.isSafeInteger(threshold) || threshold < 0) {
    throw new Error(`suppression: threshold ${threshold}; expected a whole number ≥ 0`);
  }
  const index = indexTable(cells, constraints); // checks the whole table once: ids unique across quantities

  // Quantities never share a constraint, so steps 2 and 3 suppress each on its own (and faster so).
  const byQuantity = new Map<string, { cells: CountCell[]; constraints: Constraint[] }>();
  const of = (q: string) => byQuantity.get(q) ?? byQuantity.set(q, { cells: [], constraints: [] }).get(q)!;
  for (const cell of cells) of(cell.quantity).cells.push(cell);
  for (const constraint of constraints) of(constraint.quantity).constraints.push(constraint);
  const hidden = new Map<string, SuppressionReason>();
  for (const cell of cells) if (isPrimary(cell, threshold)) hidden.set(cell.id, 'primary');
  const still = new Set<string>();
  for (const part of byQuantity.values()) {
    const quantityIndex = indexTable(part.cells, part.constraints, { bounds: false });
    propagateSecondary(quantityIndex, hidden);
    for (const id of closeLinear(quantityIndex, hidden, recoverableIn(quantityIndex, hidden))) still.add(id);
  }
  for (const id of closeBounds(index, hidden)) still.add(id);
  return {
    suppressed: new Set(hidden.keys()),
    reasons: hidden,
    stillRecoverable: cells.map((c) => c.id).filter((id) => still.has(id)),
  };
}

/** Step 3, from the cells `recoverable` now, adding to `hidden`; returns what is still recoverable. */
function closeLinear(index: TableIndex, hidden: Map<string, SuppressionReason>, recoverable: string[]): string[] {
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

/** Step 4 on the whole table, adding to `hidden`; returns what is still pinned or recoverable. */
export function closeBounds(index: TableIndex, hidden: Map<string, SuppressionReason>): string[] {
  // Bounds protect the small counts themselves; a larger count hidden only to shelter them
  // discloses no one when its range narrows (subtraction, step 3, still protects every cell).
  const primaryPinned = (ids: Iterable<string>) =>
    boundPinnedAround(index, hidden, ids).filter((id) => hidden.get(id) === 'primary');
  let pinned = primaryPinned(index.cells.keys());
  const recoverable = new Set<string>();
  while (pinned.length > 0) {
    const before = hidden.size;
    let added = loosenPins(index, hidden, pinned);
    if (added.length === 0) added = hideOneMore(index, hidden, pinned, boundsAudit);
    if (added.length === 0) break;
    // What was hidden may leave a constraint with one hidden cell, or be recoverable itself.
    propagateSecondary(index, hidden, added);
    const fresh = [...hidden.keys()].slice(before);
    for (const id of closeLinear(index, hidden, recoverableAround(index, hidden, fresh))) recoverable.add(id);
    pinned = primaryPinned([...hidden.keys()].slice(before).concat(pinned));
  }
  return [...pinned, ...recoverable];
}
