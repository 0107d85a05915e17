// The linear system of one group of hidden cells, as a reader can write it: a variable per hidden
// cell, from 0 to its published bound; each sum and bound with its shown cells as numbers.
import type { TableIndex } from '../table-index.js';
import type { Inequality } from '../types.js';
import type { HiddenGroup } from './components.js';
import type { LinearRow, LinearSystem } from './lp.js';

// No count of pupils comes near ten million; bounding every cell by it keeps each programme bounded,
// so the solver always ends at an optimum, and a range reaching it is as good as unbounded.
export const NO_MORE_THAN = 10_000_000;

/** constant + Σ coefficient × variable. */
export interface Expression {
  readonly objective: ReadonlyMap<number, number>;
  readonly constant: number;
}

/** A requirement that some table lets `expression` reach `bound` (the audit's "past the small counts"). */
export interface Reach {
  readonly expression: Expression;
  readonly bound: number;
}

export interface GroupSystem extends LinearSystem {
  variableOf(id: string): number;
  /** The cell's published bound (its cohort shown), or NO_MORE_THAN. */
  upperOf(id: string): number;
  cell(id: string): Expression;
  /** bound − cell: the pupils of the cohort not counted. */
  complement(id: string, bound: string): Expression;
  /**
   * The system with a capped copy of each reach's expression, z_k = min(expression, bound) at
   * most, so that maximising Σ z_k finds a table where many reach their bound at once.
   */
  withCaps(reaches: readonly Reach[]): LinearSystem;
  /** The variable of reach k's capped copy, in the system withCaps made. */
  capOf(k: number): number;
}

export function groupSystem(
  index: TableIndex,
  inequalities: readonly Inequality[],
  hidden: ReadonlySet<string>,
  group: HiddenGroup,
): GroupSystem {
  const variable = new Map(group.hidden.map((id, i) => [id, i]));
  const value = (id: string) => index.cells.get(id)!.value;
  const rows: LinearRow[] = [];
  const row = (terms: readonly (readonly [string, number])[], low: number, high: number) => {
    let shown = 0;
    const variables: number[] = [];
    const coefficients: number[] = [];
    for (const [id, coefficient] of terms) {
      const v = variable.get(id);
      if (v === undefined) {
        shown += coefficient * value(id);
      } else {
        variables.push(v);
        coefficients.push(coefficient);
      }
    }
    rows.push({ variables, coefficients, low: low - shown, high: high - shown });
  };
  for (const i of group.constraints) {
    const c = index.constraints[i]!;
    row([[c.whole, 1], ...c.parts.map((p) => [p, -1] as const)], 0, 0);
  }
  for (const i of group.inequalities) {
    const q = inequalities[i]!;
    row([[q.whole, -1], ...q.parts.map((p) => [p, 1] as const)], Number.NEGATIVE_INFINITY, 0);
  }
  const upper = group.hidden.map((id) => {
    const bound = index.cells.get(id)!.atMost;
    return bound === undefined || hidden.has(bound) ? NO_MORE_THAN : value(bound);
  });
  for (const id of group.hidden) {
    const bound = index.cells.get(id)!.atMost;
    if (bound !== undefined && hidden.has(bound))
      row(
        [
          [id, 1],
          [bound, -1],
        ],
        Number.NEGATIVE_INFINITY,
        0,
      );
  }
  const n = group.hidden.length;
  // A cohort is at least each count under it that is not a variable here (shown, or fixed at its
  // true value by a local certificate): leaving that out would let a reader's cohort reach below it.
  const lower = group.hidden.map((id) =>
    Math.max(0, ...(index.bounds.get(id) ?? []).filter((c) => !variable.has(c)).map(value)),
  );
  const cell = (id: string): Expression => ({ objective: new Map([[variable.get(id)!, 1]]), constant: 0 });
  return {
    variables: n,
    lower,
    upper,
    rows,
    variableOf: (id) => variable.get(id)!,
    upperOf: (id) => upper[variable.get(id)!]!,
    cell,
    complement(id, bound) {
      const b = variable.get(bound);
      if (b === undefined) return { objective: new Map([[variable.get(id)!, -1]]), constant: value(bound) };
      return {
        objective: new Map([
          [b, 1],
          [variable.get(id)!, -1],
        ]),
        constant: 0,
      };
    },
    withCaps(reaches) {
      // z_k − Σ c x ≤ constant, with 0 ≤ z_k ≤ bound.
      const capRows = reaches.map((r, k): LinearRow => {
        const terms = [...r.expression.objective];
        return {
          variables: [n + k, ...terms.map(([v]) => v)],
          coefficients: [1, ...terms.map(([, c]) => -c)],
          low: Number.NEGATIVE_INFINITY,
          high: r.expression.constant,
        };
      });
      return {
        variables: n + reaches.length,
        lower: [...lower, ...reaches.map(() => 0)],
        upper: [...upper, ...reaches.map((r) => Math.max(0, r.bound))],
        rows: [...rows, ...capRows],
      };
    },
    capOf: (k) => n + k,
  };
}
