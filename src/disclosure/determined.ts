// Which unknowns of a homogeneous linear system are pinned to one value. Whether an unknown is
// determined depends only on the coefficients, not on the right-hand side: x_j is determined
// exactly when the unit vector e_j lies in the row space. Reduced row echelon form shows it: x_j
// is determined when it is a pivot and its pivot row has no other entry.
//
// Exact arithmetic: rows are sparse maps of integer coefficients, combined fraction-free and
// divided by their gcd, so no rounding can make a free unknown look pinned or the reverse. The
// work is done in plain numbers, checked at every step to stay safe integers; if one would not,
// the whole system is solved again in bigint (slower, never wrong).

/** A sparse row: column → non-zero integer coefficient. */
export type SparseRow = ReadonlyMap<number, number>;

/** The integer operations elimination needs, for number or bigint. */
interface Integers<T> {
  from(n: number): T;
  mul(a: T, b: T): T;
  sub(a: T, b: T): T;
  div(a: T, b: T): T;
  gcd(a: T, b: T): T;
  isZero(a: T): boolean;
  isNegative(a: T): boolean;
  isOne(a: T): boolean;
}

class Unsafe extends Error {}
const safe = (n: number): number => {
  if (!Number.isSafeInteger(n)) throw new Unsafe();
  return n;
};
const numbers: Integers<number> = {
  from: (n) => n,
  mul: (a, b) => safe(a * b),
  sub: (a, b) => safe(a - b),
  div: (a, b) => a / b, // exact: b divides a
  gcd: (a, b) => {
    let [x, y] = [Math.abs(a), Math.abs(b)];
    while (y !== 0) [x, y] = [y, x % y];
    return x;
  },
  isZero: (a) => a === 0,
  isNegative: (a) => a < 0,
  isOne: (a) => a === 1,
};
const bigints: Integers<bigint> = {
  from: (n) => BigInt(n),
  mul: (a, b) => a * b,
  sub: (a, b) => a - b,
  div: (a, b) => a / b,
  gcd: (a, b) => {
    let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
    while (y !== 0n) [x, y] = [y, x % y];
    return x;
  },
  isZero: (a) => a === 0n,
  isNegative: (a) => a < 0n,
  isOne: (a) => a === 1n,
};

/**
 * The columns of `rows` (equations Σ coefficient × x = constant) whose unknown has one solution.
 * Cost: each row is reduced against the pivots found so far, O(rows × rank) map look-ups plus the
 * work of the combinations, which stay sparse for tables of totals and parts.
 */
export function determinedColumns(rows: readonly SparseRow[]): Set<number> {
  try {
    return solve(rows, numbers);
  } catch (e) {
    if (e instanceof Unsafe) return solve(rows, bigints);
    throw e;
  }
}

function solve<T>(rows: readonly SparseRow[], z: Integers<T>): Set<number> {
  type Row = Map<number, T>;
  /** Divide by the gcd of the entries and make the lowest column's coefficient positive. */
  const normalise = (row: Row): Row => {
    let g = z.from(0);
    let lead: number | undefined;
    for (const [col, a] of row) {
      g = z.gcd(g, a);
      if (lead === undefined || col < lead) lead = col;
    }
    if (lead === undefined) return row;
    const d = z.isNegative(row.get(lead)!) ? z.sub(z.from(0), g) : g;
    if (z.isOne(d)) return row;
    return new Map([...row].map(([col, a]) => [col, z.div(a, d)]));
  };
  /** `row` with column `col` eliminated using `pivot` (non-zero there): b × row − a × pivot. */
  const eliminate = (row: Row, pivot: Row, col: number): Row => {
    const a = row.get(col);
    if (a === undefined) return row;
    const b = pivot.get(col)!;
    const out: Row = new Map();
    for (const [c, v] of row) out.set(c, z.isOne(b) ? v : z.mul(v, b));
    for (const [c, v] of pivot) {
      const w = z.sub(out.get(c) ?? z.from(0), z.mul(v, a));
      if (z.isZero(w)) out.delete(c);
      else out.set(c, w);
    }
    return normalise(out);
  };

  // Invariant: each pivot row holds exactly one pivot column, its own.
  const pivots = new Map<number, Row>();
  for (const input of rows) {
    let row: Row = new Map();
    for (const [c, v] of input) row.set(c, z.from(v));
    for (const col of [...row.keys()]) {
      const pivot = pivots.get(col);
      if (pivot) row = eliminate(row, pivot, col);
    }
    if (row.size === 0) continue; // implied by the rows before it
    row = normalise(row);
    let col = Infinity;
    for (const c of row.keys()) col = Math.min(col, c);
    for (const [c, other] of pivots) {
      if (other.has(col)) pivots.set(c, eliminate(other, row, col));
    }
    pivots.set(col, row);
  }
  const determined = new Set<number>();
  for (const [col, row] of pivots) if (row.size === 1) determined.add(col);
  return determined;
}
