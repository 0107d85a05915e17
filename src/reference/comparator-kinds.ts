// How many comparators of each kind were stored (rates, means, counts by unit), for the result lines.
import type { ReferenceRows } from '../messages/cli-text.js';
import type { ComparatorRow } from '../store/queries/reference.js';
import { MEAN, PERCENT } from './comparator-unit.js';

const KIND_OF_UNIT: Readonly<Record<string, ReferenceRows>> = {
  [PERCENT]: 'comparator rates (%)',
  [MEAN]: 'comparator means',
  sessions: 'comparator counts of sessions',
  pupils: 'comparator counts of pupils',
};

export function storedByKind(rows: readonly ComparatorRow[]): { what: ReferenceRows; stored: number }[] {
  const counts = new Map<ReferenceRows, number>();
  for (const r of rows) {
    const what = KIND_OF_UNIT[r.unit] ?? 'comparators';
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  return [...counts].map(([what, stored]) => ({ what, stored }));
}
