// What counts as a disclosure, from a hidden cell's range over every consistent table (issue 10):
// determined (min = max); narrowed inside 1–4 (the range excludes 0 and its max is at most 4);
// in a small group, the complement cohort − count determined (a whole group reaching a measure)
// or narrowed inside 1–4; and a cell hidden in one output but printed in another.
import type { Range } from './solve-ranges.js';

export type FindingKind =
  'shown elsewhere' | 'determined' | 'narrowed into 1–4' | 'complement determined' | 'complement narrowed into 1–4';

export interface Finding {
  id: string;
  kinds: FindingKind[];
  range: Range;
  /** cohort − count, where the cohort is a small group's. */
  complement?: Range;
  hiddenIn: string[];
  /** For 'shown elsewhere': the outputs that print it, and what. */
  shownIn?: [string, number][];
}

export interface Thresholds {
  smallCount: number;
  smallGroup: number;
}

export function kindsOf(range: Range, complement: Range | undefined, t: Thresholds): FindingKind[] {
  const kinds: FindingKind[] = [];
  if (range.min === range.max) kinds.push('determined');
  else if (range.min >= 1 && range.max <= t.smallCount) kinds.push('narrowed into 1–4');
  if (complement && complement.min === complement.max) kinds.push('complement determined');
  else if (complement && complement.min >= 1 && complement.max <= t.smallCount)
    kinds.push('complement narrowed into 1–4');
  return kinds;
}

/**
 * With the truth at hand (the unsuppressed table, in the demo): a hidden count of 1–4 is
 * protected only if its range holds 0 and some value of 5 or more; any other hidden count only
 * if its range is at least 1 wide. Returns why it is not protected, or undefined.
 */
export function unprotected(range: Range, truth: number, t: Thresholds): string | undefined {
  if (range.min === range.max) return 'determined';
  if (truth >= 1 && truth <= t.smallCount && !(range.min <= 0 && range.max > t.smallCount))
    return range.min > 0 ? 'range excludes 0' : `range within 0–${t.smallCount}`;
  return undefined;
}
