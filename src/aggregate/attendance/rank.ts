// League tables: competition ranking on the values as shown.
import { roundToShown, SHOWN_DECIMALS } from './shown.js';

/**
 * Which end is rank 1. 'lowest first': rank 1 = the lowest value (the lowest absence, i.e. the
 * best attendance). 'highest first': rank 1 = the highest value (e.g. the greatest concern).
 */
export type RankDirection = 'lowest first' | 'highest first';

export interface RankedItem<T> {
  item: T;
  /** The value ranked, unrounded (for a rate: percent). */
  value: number;
  /** The value as shown and compared: rounded to `decimals` places. */
  shown: number;
  /** 1-based competition rank: tied items share it and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

export interface Ranking<T> {
  direction: RankDirection;
  /** In rank order; tied items keep their input order. */
  ranked: RankedItem<T>[];
  /** Items with no value (no return), in input order: never ranked, never counted as 0. */
  notReturned: T[];
}

/**
 * Ranks `items` by `value`. Values are compared as shown, rounded to `decimals` places
 * (one, by default), so two schools shown as 4.3% share a rank, as a reader of the table
 * expects. Ties share the better rank and the next rank skips (standard competition ranking:
 * 1, 2, 2, 4). An item whose value is undefined or not a finite number has no return: it is
 * listed in `notReturned` and takes no place in the ranking.
 */
export function rankSchools<T>(
  items: readonly T[],
  value: (item: T) => number | undefined,
  direction: RankDirection,
  decimals: number = SHOWN_DECIMALS,
): Ranking<T> {
  const returned: Omit<RankedItem<T>, 'rank'>[] = [];
  const notReturned: T[] = [];
  for (const item of items) {
    const v = value(item);
    if (v === undefined || !Number.isFinite(v)) notReturned.push(item);
    else returned.push({ item, value: v, shown: roundToShown(v, decimals) });
  }
  const sign = direction === 'lowest first' ? 1 : -1;
  const sorted = [...returned].sort((a, b) => sign * (a.shown - b.shown));
  const ranked: RankedItem<T>[] = [];
  sorted.forEach((entry, i) => {
    const previous = ranked[i - 1];
    const rank = previous !== undefined && previous.shown === entry.shown ? previous.rank : i + 1;
    ranked.push({ ...entry, rank });
  });
  return { direction, ranked, notReturned };
}
