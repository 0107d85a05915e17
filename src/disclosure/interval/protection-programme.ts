// The protection programme (issue 10; Fischetti and Salazar, "Solving the cell suppression problem
// on tabular data with linear constraints", Management Science 47, 2001): the cheapest table that
// meets every sum and bound and puts a hidden cell where a requirement asks (0, say, or past the
// small counts), every shown cell free to move at a cost set by how much it is wanted. Hiding the
// shown cells it moves makes that table one a reader cannot rule out.
// Only the cells of `movable` move; every other keeps its true value, so whatever is found is a
// table the published figures allow, whichever cells were chosen to move. Each cell is its true
// value plus a rise and less a fall, so hiding a cell only sets its cost to 0, and one programme
// serves every requirement of its cells in turn, each solved from the true table.
import type { TableIndex } from '../table-index.js';
import type { Inequality } from '../types.js';
import { NO_MORE_THAN } from './group-system.js';
import type { LinearProgramming, LinearRow, Programme } from './lp.js';

/** Σ coefficient × cell, by id. */
export type Terms = readonly (readonly [string, number])[];

/** A table, as how far each cell that moves is from its true value. */
export type Deviations = ReadonlyMap<string, number>;

export interface Protection {
  /** The cells of the table that move, and by how much. */
  table: Deviations;
  /** Its cost (0: only hidden cells move, so the requirement was met already). */
  cost: number;
  /** The programme in whole numbers found none in time, so the table moves cells by fractions. */
  fractional: boolean;
}

export interface ProgrammeContext {
  index: TableIndex;
  inequalities: readonly Inequality[];
  /** For each cell, the indexes of the inequalities it is in. */
  inequalitiesOf: ReadonlyMap<string, readonly number[]>;
  hidden: ReadonlySet<string>;
  /** What moving a shown cell by one costs. */
  costOf: (id: string) => number;
  lp: LinearProgramming;
}

export interface ProtectionProgramme {
  /** The cheapest table where Σ terms is at most `atMost` (or at least `atLeast`); none where none is. */
  cheapest(terms: Terms, bound: { atMost: number } | { atLeast: number }): Protection | undefined;
  /**
   * A table a reader cannot rule out where the hidden cells given are as low (or as high) in sum as
   * they can be, shown cells kept at their values; none where one would have to move.
   */
  readerTable(cells: readonly string[], sense: 'least' | 'most'): Deviations | undefined;
  /** A cell now hidden moves for nothing. */
  hide(id: string): void;
  close(): void;
}

const EPSILON = 1e-6;
const SHOWN_HELD = 1e4;

export function openProtection(context: ProgrammeContext, movable: readonly string[]): ProtectionProgramme {
  const { index, inequalities, inequalitiesOf, hidden, costOf, lp } = context;
  const value = (id: string) => index.cells.get(id)!.value;
  // Cell k's rise is column 2k, its fall 2k + 1.
  const columnOf = new Map(movable.map((id, k) => [id, 2 * k]));
  // Each cell looked up once: a region's programmes open thousands of times (issue 10, item 5).
  const cells = movable.map((id) => index.cells.get(id)!);
  const lower: number[] = [];
  const upper: number[] = [];
  const cost: number[] = [];
  for (const [k, id] of movable.entries()) {
    const cell = cells[k]!;
    const atMost = cell.atMost;
    const high = atMost === undefined || columnOf.has(atMost) ? NO_MORE_THAN : value(atMost);
    let low = 0;
    for (const under of index.bounds.get(id) ?? []) if (!columnOf.has(under)) low = Math.max(low, value(under));
    const c = hidden.has(id) ? 0 : costOf(id);
    lower.push(0, 0);
    upper.push(high - cell.value, cell.value - low);
    cost.push(c, c);
  }
  const rowOf = (of: Terms, low: number, high: number): LinearRow => {
    let constant = 0;
    const variables: number[] = [];
    const coefficients: number[] = [];
    for (const [id, coefficient] of of) {
      constant += coefficient * value(id);
      const column = columnOf.get(id);
      if (column === undefined) continue;
      variables.push(column, column + 1);
      coefficients.push(coefficient, -coefficient);
    }
    return { variables, coefficients, low: low - constant, high: high - constant };
  };
  const rows: LinearRow[] = [];
  // A sum holds in the true table, so its row is its moving cells' rises and falls alone, whatever
  // the cells that keep their values: built from the cells that move, not from a city's every school.
  const sumRows = new Map<number, { variables: number[]; coefficients: number[]; low: 0; high: 0 }>();
  const bounds = new Set<number>();
  movable.forEach((id, k) => {
    for (const i of index.constraintsOf.get(id) ?? []) {
      let row = sumRows.get(i);
      if (!row) sumRows.set(i, (row = { variables: [], coefficients: [], low: 0, high: 0 }));
      const coefficient = index.constraints[i]!.whole === id ? 1 : -1;
      row.variables.push(2 * k, 2 * k + 1);
      row.coefficients.push(coefficient, -coefficient);
    }
    for (const i of inequalitiesOf.get(id) ?? []) bounds.add(i);
  });
  // Rows in the order of the sums, then of the bounds (a typed array sorts numbers without a comparator).
  for (const i of Int32Array.from(sumRows.keys()).sort()) rows.push(sumRows.get(i)!);
  for (const i of Int32Array.from(bounds).sort()) {
    const q = inequalities[i]!;
    rows.push(rowOf([[q.whole, -1], ...q.parts.map((p) => [p, 1] as const)], Number.NEGATIVE_INFINITY, 0));
  }
  for (const [k, id] of movable.entries()) {
    const atMost = cells[k]!.atMost;
    if (atMost !== undefined && columnOf.has(atMost))
      rows.push(
        rowOf(
          [
            [id, 1],
            [atMost, -1],
          ],
          Number.NEGATIVE_INFINITY,
          0,
        ),
      );
  }
  const system = { variables: lower.length, lower, upper, rows };
  const programme: Programme = lp.openProgramme(system, cost);
  // A requirement on one cell that moves (a count, or its complement with its cohort shown) is met by
  // bounding that cell's rise or fall, with no row added.
  const oneCell = (terms: Terms, bound: { atMost: number } | { atLeast: number }) => {
    const moving = terms.filter(([id]) => columnOf.has(id));
    if (moving.length !== 1) return 'not one cell' as const;
    const [id, coefficient] = moving[0]!;
    const rest = terms.reduce((t, [other, c]) => (other === id ? t : t + c * value(other)), 0);
    const column = columnOf.get(id)!;
    // coefficient × (value + rise − fall) + rest, at most (or at least) the bound.
    const limit = (('atMost' in bound ? bound.atMost : bound.atLeast) - rest) / coefficient;
    const below = 'atMost' in bound === coefficient > 0;
    const a = value(id);
    const [held, bounded, least] = below ? [column, column + 1, a - limit] : [column + 1, column, limit - a];
    if (least > upper[bounded]! + EPSILON) return undefined;
    return programme.cheapestWithin(
      new Map([
        [held, [0, 0]],
        [bounded, [Math.min(Math.max(0, least), upper[bounded]!), upper[bounded]!]],
      ]),
    );
  };
  const isWhole = (at: Float64Array) => {
    for (let i = 0; i < at.length; i++) if (Math.abs(at[i]! - Math.round(at[i]!)) > EPSILON) return false;
    return true;
  };
  return {
    cheapest(terms, bound) {
      const row =
        'atMost' in bound
          ? rowOf(terms, Number.NEGATIVE_INFINITY, bound.atMost)
          : rowOf(terms, bound.atLeast, Number.POSITIVE_INFINITY);
      const single = oneCell(terms, bound);
      const relaxed = single === 'not one cell' ? programme.cheapestWith(row) : single;
      if (!relaxed) return undefined;
      // A reader who reasons in whole numbers rules out a table of fractions: one in whole numbers is sought.
      const found = isWhole(relaxed.at)
        ? relaxed
        : (lp.cheapest({ ...system, rows: [...rows, row] }, cost, true) ?? relaxed);
      const whole = found === relaxed ? isWhole(found.at) : true;
      const table = new Map<string, number>();
      movable.forEach((id, k) => {
        const moved = found.at[2 * k]! - found.at[2 * k + 1]!;
        if (Math.abs(moved) > EPSILON) table.set(id, whole ? Math.round(moved) : moved);
      });
      return { table, cost: found.value, fractional: !whole };
    },
    readerTable(cells, sense) {
      // Moving a shown cell by one costs far more than any sum of the hidden cells gains.
      const costs = Float64Array.from(cost, (c) => c * SHOWN_HELD);
      const sign = sense === 'least' ? 1 : -1;
      for (const id of cells) {
        const column = columnOf.get(id);
        if (column === undefined || !hidden.has(id)) continue;
        costs[column] = sign;
        costs[column + 1] = -sign;
      }
      const { at } = programme.cheapestFor(costs);
      const table = new Map<string, number>();
      for (let k = 0; k < movable.length; k++) {
        const moved = at[2 * k]! - at[2 * k + 1]!;
        if (Math.abs(moved) <= EPSILON) continue;
        const id = movable[k]!;
        if (!hidden.has(id) || Math.abs(moved - Math.round(moved)) > EPSILON) return undefined;
        table.set(id, Math.round(moved));
      }
      return table;
    },
    hide(id) {
      const column = columnOf.get(id);
      if (column === undefined) return;
      cost[column] = 0;
      cost[column + 1] = 0;
      programme.setCost(column, 0);
      programme.setCost(column + 1, 0);
    },
    close: () => programme.close(),
  };
}
