// The attacker's audit (pitfalls.md, Disclosure): "a suppressed cell must not be a linear
// combination of published cells, across every table published together". Every published cell
// is known, every suppressed cell unknown, every constraint an equation; a suppressed cell is
// recoverable when the equations give it exactly one value. Independent of how the suppressed
// set was chosen, so it can check suppressCells or anything else.
//
// The system is split before solving: the unknowns fall into connected components (unknowns
// linked by sharing a constraint, so never across quantities), each solved on its own.
import { determinedColumns, type SparseRow } from './determined.js';
import { cellsOf, indexTable, type TableIndex } from './table-index.js';
import type { Constraint, CountCell } from './types.js';

/**
 * The suppressed cells whose value can be worked out exactly from the published ones, in the
 * order of `cells`. Empty when the suppression holds. Linear equations only: it does not use
 * that counts are whole, non-negative and at most their cohort, so it does not see a cell pinned
 * by bounds (x + y = 0 gives x = y = 0) or narrowed to a range; those are interval attacks.
 */
export function recoverableCells(
  cells: readonly CountCell[],
  constraints: readonly Constraint[],
  suppressed: ReadonlySet<string>,
): string[] {
  return recoverableIn(indexTable(cells, constraints), suppressed);
}

/** Which cells are hidden: a Set or a Map of ids will do. */
export type HiddenIds = { has(id: string): boolean };

/** The hidden cells linked to `start` through shared constraints, and those constraints. */
export interface Component {
  unknowns: string[];
  /** Indexes into the table's constraints, ascending. */
  constraints: number[];
}

export function componentOf(index: TableIndex, hidden: HiddenIds, start: string): Component {
  const unknowns = [start];
  const seen = new Set(unknowns);
  const constraints = new Set<number>();
  for (let k = 0; k < unknowns.length; k++) {
    for (const i of index.constraintsOf.get(unknowns[k]!) ?? []) {
      if (constraints.has(i)) continue;
      constraints.add(i);
      for (const id of cellsOf(index.constraints[i]!)) {
        if (hidden.has(id) && !seen.has(id)) {
          seen.add(id);
          unknowns.push(id);
        }
      }
    }
  }
  return { unknowns, constraints: [...constraints].sort((a, b) => a - b) };
}

/** The unknowns of one component that its equations (whole − Σ parts = shown remainder) pin. */
function pinnedIn(index: TableIndex, hidden: HiddenIds, component: Component): string[] {
  const col = new Map(component.unknowns.map((id, j) => [id, j]));
  const rows: SparseRow[] = component.constraints.map((i) => {
    const constraint = index.constraints[i]!;
    const row = new Map<number, number>();
    for (const id of cellsOf(constraint)) if (hidden.has(id)) row.set(col.get(id)!, id === constraint.whole ? 1 : -1);
    return row;
  });
  const pinned = determinedColumns(rows);
  return component.unknowns.filter((_, j) => pinned.has(j));
}

/**
 * recoverableCells on a table already indexed (suppressCells audits it repeatedly). With `focus`,
 * only the component of unknowns holding that cell is solved, and only its cells come back.
 */
export function recoverableIn(index: TableIndex, hidden: HiddenIds, focus?: string): string[] {
  if (focus !== undefined) return hidden.has(focus) ? pinnedIn(index, hidden, componentOf(index, hidden, focus)) : [];
  return recoverableAround(index, hidden, index.cells.keys());
}

/**
 * The recoverable cells of the components that hold any of `starts`. Hiding more cells never
 * pins a cell that was free (more unknowns, the same equations), so after hiding some cells only
 * their components, and those of cells still recoverable, need solving again.
 */
export function recoverableAround(index: TableIndex, hidden: HiddenIds, starts: Iterable<string>): string[] {
  const solved = new Set<string>();
  const recoverable = new Set<string>();
  for (const id of starts) {
    if (!hidden.has(id) || solved.has(id)) continue;
    const component = componentOf(index, hidden, id);
    for (const u of component.unknowns) solved.add(u);
    for (const p of pinnedIn(index, hidden, component)) recoverable.add(p);
  }
  return [...index.cells.keys()].filter((id) => recoverable.has(id));
}
