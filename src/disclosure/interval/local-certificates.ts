// Local certificates of the interval audit (issue 10). Fixing every hidden cell outside a
// neighbourhood at its true value restricts the reader's linear programme to tables it already
// allows (the true table meets every sum and bound), so a table of that small programme where a
// small count is 0, or past the small counts, is one of the whole programme too: a sufficient
// proof of protection from a programme of tens of cells. A cell its neighbourhood cannot prove
// protected is tried in a wider one; one that fails them all is not shown unprotected, only not
// proved protected here (the whole group's audit, interval-audit.ts, decides it).
//
// Not yet the default (notes/readme-narrowing.md): on the demo's KS2 tables most small counts are
// freed only round long cycles of sums through hundreds of hidden cells, which three hops miss.
import { auditGroup, settled, type IntervalFinding, type KnownTables } from './interval-audit.js';
import type { LinearProgramming } from './lp.js';
import type { Neighbourhoods } from './neighbourhoods.js';
import type { TableIndex } from '../table-index.js';
import type { Inequality } from '../types.js';

export interface LocalAuditOptions {
  /** The relation hops of the neighbourhoods tried in turn, narrowest first. */
  readonly radii: readonly number[];
  /** The most hidden cells a neighbourhood holds (the nearest kept). */
  readonly maxCells: number;
}

export const LOCAL_AUDIT: LocalAuditOptions = { radii: [1, 2, 3], maxCells: 400 };

/** What a local certificate needs of the table: the cells, their relations, what is hidden. */
export interface LocalTable {
  readonly index: TableIndex;
  readonly inequalities: readonly Inequality[];
  readonly near: Neighbourhoods;
  readonly hidden: ReadonlySet<string>;
  readonly threshold: number;
}

/**
 * Proves hidden `seed` protected (every small count and complement requirement met, and not
 * determined) from its neighbourhoods in turn; returns undefined once one does, else the failure
 * in the widest tried. Proofs found, for the seed and its neighbours, are added to `known`.
 */
export function certifyLocally(
  table: LocalTable,
  seed: string,
  lp: LinearProgramming,
  known: KnownTables,
  options: LocalAuditOptions = LOCAL_AUDIT,
): IntervalFinding | undefined {
  const { index, inequalities, near, hidden, threshold } = table;
  if (settled(index.cells.get(seed)!, threshold, known)) return undefined;
  let failure: IntervalFinding | undefined;
  let size = 0;
  for (const radius of options.radii) {
    const cells = near.ball(seed, radius, (id) => hidden.has(id), options.maxCells);
    if (cells.length === size) break; // no wider within the hidden cells: a real failure of its group
    size = cells.length;
    const found = auditGroup(index, inequalities, new Set(cells), near.group(cells), threshold, lp, known);
    failure = found.find((f) => f.id === seed);
    if (failure === undefined) return undefined;
  }
  return failure;
}
