// League tables from the performance tables' rates alone (issue 12, item 4): each figure ranks the
// schools that have it. A school whose persistent-absence rate is suppressed keeps its place in
// the overall-absence table, and is listed as having no figure only in the persistent one.
import { rankSchools, type Ranking, type RankDirection } from '../attendance/rank.js';

/** One school's published figure of one measure: a value, or the symbol printed in its place. */
export interface ValidatedFigure {
  urn: string;
  measure: string;
  /** Percent of possible sessions making a persistent absentee, for a persistent-absence rate; else 0. */
  paThreshold: number;
  value: number | null;
  /** SUPP, NE, ... ('' for a blank cell); null where there is a value. */
  symbol: string | null;
}

/**
 * The schools of `figures` ranked on one measure (and threshold). `direction`: 'lowest first' for
 * absence (rank 1 = the least absence), 'highest first' for attainment. Values are compared as
 * published, to `decimals` places; ties share a rank (1, 2, 2, 4). A school with a symbol has no place.
 */
export function rankValidated(
  figures: readonly ValidatedFigure[],
  measure: string,
  paThreshold: number,
  direction: RankDirection,
  decimals = 1,
): Ranking<ValidatedFigure> {
  const of = figures.filter((f) => f.measure === measure && f.paThreshold === paThreshold);
  return rankSchools(of, (f) => f.value ?? undefined, direction, decimals);
}
