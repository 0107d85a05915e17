// Relations both kinds of table share: pupil-group partitions among the cells of one area, and a
// shown rate pinning its count. Where a part of a partition is not printed (no girls in the
// school, a group not returned) only Σ printed parts ≤ whole can be relied on.
import { halfWidth, parseShown, type Publication } from './publication.js';
import type { Partition } from './structure.js';

/** For each area (and measure, and quantity): the cell id of each pupil group printed. */
export type Present = Map<string, Map<string, string>>;

export function note(present: Present, key: string, group: string, id: string): void {
  const byGroup = present.get(key) ?? new Map<string, string>();
  byGroup.set(group, id);
  present.set(key, byGroup);
}

export function applyPartitions(pub: Publication, present: Present, partitions: Partition[], source: string): void {
  for (const byGroup of present.values())
    for (const p of partitions) {
      const whole = byGroup.get(p.whole);
      const parts = p.parts.map((g) => byGroup.get(g)).filter((id): id is string => id !== undefined);
      if (!whole || parts.length === 0) continue;
      const printed = p.parts.filter((g) => byGroup.has(g));
      if (p.exact && parts.length === p.parts.length)
        pub.sum(whole, parts, source, `${p.whole} = ${printed.join(' + ')}`);
      else pub.atMost(parts, whole, source, `${p.whole} ≥ ${printed.join(' + ')}`);
    }
}

/** rate − half ≤ 100·count / per ≤ rate + half, written linearly (per may be hidden too). */
export function pinRate(
  pub: Publication,
  count: string,
  per: string,
  shown: { rate: number; half: number; why: string },
  source: string,
): void {
  const terms = (bound: number) => [
    { id: count, coef: 100 },
    { id: per, coef: -bound },
  ];
  pub.relate(terms(shown.rate + shown.half), -Infinity, 0, source, shown.why);
  pub.relate(terms(shown.rate - shown.half), 0, Infinity, source, shown.why);
}

/** Rates are printed to one decimal (trailing zeros dropped), gaps likewise. */
const RATE_DECIMALS = 1;

/**
 * The rate as shown, read from the rate itself or, where the rate is hidden but a gap and its
 * national figure are shown, as national + gap (the gap is the rate as shown minus national).
 */
export function shownRate(
  rateText: string | undefined,
  nationalText: string | undefined,
  gapText: string | undefined,
): { rate: number; half: number; why: string } | undefined {
  const rate = parseShown(rateText);
  if (typeof rate === 'number') return { rate, half: halfWidth(rateText!, RATE_DECIMALS), why: 'rate shown' };
  const national = parseShown(nationalText);
  const gap = parseShown(gapText);
  if (typeof national !== 'number' || typeof gap !== 'number') return undefined;
  const decimals = Math.max(RATE_DECIMALS, (gapText!.split('.')[1] ?? '').length);
  const derived = Number((national + gap).toFixed(decimals));
  return { rate: derived, half: 0.5 * 10 ** -decimals, why: 'rate = national + gap shown' };
}
