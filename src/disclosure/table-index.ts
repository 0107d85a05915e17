// The published table indexed for the suppression rules and the audit: each cell by id, and the
// constraints each cell is in. Checks the input once; a malformed table is a programming error
// in the caller (not bad user data), so it throws with the offending id.
import type { Constraint, CountCell } from './types.js';

export interface TableIndex {
  cells: ReadonlyMap<string, CountCell>;
  constraints: readonly Constraint[];
  /** For each cell id, the indexes (into `constraints`) of the constraints it is in. */
  constraintsOf: ReadonlyMap<string, readonly number[]>;
  /** For each cell id, how many constraints it is the whole of (absent: none). */
  wholeCount: ReadonlyMap<string, number>;
  /** For each cell id, the cells whose `atMost` it is (a cohort → its counts). */
  bounds: ReadonlyMap<string, readonly string[]>;
}

/** Every cell of a constraint: the whole first, then its parts. */
export const cellsOf = (c: Constraint): readonly string[] => [c.whole, ...c.parts];

/**
 * With `bounds: false`, `atMost` is ignored (not checked, not indexed): for indexing one
 * quantity's cells on their own, whose bounds lie in another quantity.
 */
export function indexTable(
  cells: readonly CountCell[],
  constraints: readonly Constraint[],
  { bounds: withBounds = true } = {},
): TableIndex {
  const byId = new Map<string, CountCell>();
  for (const cell of cells) {
    if (byId.has(cell.id)) throw new Error(`suppression: cell "${cell.id}" appears twice`);
    if (!Number.isSafeInteger(cell.value) || cell.value < 0) {
      throw new Error(`suppression: cell "${cell.id}" has value ${cell.value}; expected a whole number ≥ 0`);
    }
    if (cell.cohort !== undefined && (!Number.isSafeInteger(cell.cohort) || cell.cohort < cell.value)) {
      throw new Error(
        `suppression: cell "${cell.id}" has cohort ${cell.cohort}; expected a whole number ≥ its value ${cell.value}`,
      );
    }
    byId.set(cell.id, cell);
  }
  const bounds = new Map<string, string[]>();
  for (const cell of cells) {
    if (!withBounds || cell.atMost === undefined) continue;
    const bound = byId.get(cell.atMost);
    if (!bound || bound.id === cell.id)
      throw new Error(`suppression: cell "${cell.id}" is at most "${cell.atMost}", not another cell of the table`);
    if (bound.value < cell.value)
      throw new Error(
        `suppression: cell "${cell.id}" has value ${cell.value}, more than its bound "${bound.id}" ${bound.value}`,
      );
    const list = bounds.get(bound.id);
    if (list) list.push(cell.id);
    else bounds.set(bound.id, [cell.id]);
  }
  const wholeCount = new Map<string, number>();
  const constraintsOf = new Map<string, number[]>();
  constraints.forEach((constraint, i) => {
    const ids = cellsOf(constraint);
    if (constraint.parts.length === 0) throw new Error(`suppression: constraint on "${constraint.whole}" has no parts`);
    if (new Set(ids).size !== ids.length)
      throw new Error(`suppression: constraint on "${constraint.whole}" names a cell twice`);
    for (const id of ids) {
      const cell = byId.get(id);
      if (!cell) throw new Error(`suppression: constraint on "${constraint.whole}" names unknown cell "${id}"`);
      if (cell.quantity !== constraint.quantity) {
        throw new Error(
          `suppression: constraint of quantity "${constraint.quantity}" ` +
            `names cell "${id}" of quantity "${cell.quantity}"`,
        );
      }
      const list = constraintsOf.get(id);
      if (list) list.push(i);
      else constraintsOf.set(id, [i]);
    }
    const sum = constraint.parts.reduce((t, id) => t + byId.get(id)!.value, 0);
    if (sum !== byId.get(constraint.whole)!.value) {
      throw new Error(
        `suppression: constraint on "${constraint.whole}" does not hold: ` +
          `${byId.get(constraint.whole)!.value} ≠ Σ parts ${sum}`,
      );
    }
    wholeCount.set(constraint.whole, (wholeCount.get(constraint.whole) ?? 0) + 1);
  });
  return { cells: byId, constraints, constraintsOf, wholeCount, bounds };
}
