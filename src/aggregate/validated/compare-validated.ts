// Unvalidated beside validated, school by school (issue 12, item 4): each school's figure as the
// city holds it (its attendance returns, or the Actual round) beside the performance tables' figure
// of the same measure and definition, with the difference and the validated rank.
import { roundToShown } from '../attendance/shown.js';
import type { RankDirection } from '../attendance/rank.js';
import { rankValidated, type ValidatedFigure } from './rank-validated.js';

/** A figure of the city's own for a school: from its returns' counts, in percent (or points for a mean). */
export interface UnvalidatedFigure {
  urn: string;
  measure: string;
  paThreshold: number;
  value: number;
}

/** One measure compared: which one, its direction, and the places figures are shown to. */
export interface MeasureCompared {
  measure: string;
  paThreshold: number;
  direction: RankDirection;
  decimals: number;
}

export interface ComparedSchool {
  urn: string;
  measure: string;
  paThreshold: number;
  /** The validated figure; null where the tables printed a symbol or have no line for the school. */
  validated: number | null;
  /** The symbol printed in its place (SUPP, NE, ...); '' for a blank cell; null where there is a figure or no line. */
  symbol: string | null;
  /** The school's rank among the city's schools with a validated figure; undefined with none. */
  validatedRank?: number;
  unvalidated?: number;
  /** Unvalidated − validated, as shown (percentage points; points for a mean). */
  difference?: number;
}

/**
 * Every school with a validated line or a figure of its own, for each measure: validated first in
 * rank order, then those with no validated figure, by URN. Figures are compared as shown.
 */
export function compareValidated(
  validated: readonly ValidatedFigure[],
  unvalidated: readonly UnvalidatedFigure[],
  measures: readonly MeasureCompared[],
): ComparedSchool[] {
  const out: ComparedSchool[] = [];
  for (const m of measures) {
    const same = (f: { measure: string; paThreshold: number }) =>
      f.measure === m.measure && f.paThreshold === m.paThreshold;
    const own = new Map(unvalidated.filter(same).map((f) => [f.urn, roundToShown(f.value, m.decimals)]));
    const ranking = rankValidated(validated, m.measure, m.paThreshold, m.direction, m.decimals);
    const row = (f: ValidatedFigure | undefined, urn: string, rank?: number): ComparedSchool => {
      const mine = own.get(urn);
      const shown = f?.value === null || f?.value === undefined ? null : roundToShown(f.value, m.decimals);
      return {
        urn,
        measure: m.measure,
        paThreshold: m.paThreshold,
        validated: shown,
        symbol: f?.symbol ?? null,
        ...(rank === undefined ? {} : { validatedRank: rank }),
        ...(mine === undefined ? {} : { unvalidated: mine }),
        ...(mine === undefined || shown === null ? {} : { difference: roundToShown(mine - shown, m.decimals) }),
      };
    };
    for (const r of ranking.ranked) out.push(row(r.item, r.item.urn, r.rank));
    const seen = new Set(ranking.ranked.map((r) => r.item.urn));
    const rest = [...ranking.notReturned.map((f) => f.urn), ...own.keys()].filter((u) => !seen.has(u));
    for (const urn of [...new Set(rest)].sort())
      out.push(
        row(
          ranking.notReturned.find((f) => f.urn === urn),
          urn,
        ),
      );
  }
  return out;
}
