// Every sentence the attendance core gives a reader, in one place (style.md, habit 6), so the
// console, the tables and the HTML use the same words and tests compare against them.
import { formatPeriod } from './period.js';
import { formatShown } from './shown.js';
import type { TrendClass } from './trend.js';
import type { Period } from './types.js';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "six terms", "one term". */
export function termsInWords(n: number): string {
  const word = NUMBER_WORDS[n] ?? String(n);
  return `${word} ${n === 1 ? 'term' : 'terms'}`;
}

/** "declining over six terms". */
export function trendPhrase(classification: TrendClass, terms: number): string {
  if (classification === 'insufficient data') return `too few terms for a trend (${termsInWords(terms)} returned)`;
  return `${classification} over ${termsInWords(terms)}`;
}

export const attendanceText = {
  /** "4.6% so far", "4.3% for the year", "No year-to-date figure". */
  soFar(rate: number | undefined, yearComplete: boolean): string {
    if (rate === undefined) return 'No year-to-date figure';
    return `${formatShown(rate)}% ${yearComplete ? 'for the year' : 'so far'}`;
  },
  againstTarget(soFar: string, target: number): string {
    return `${soFar} against a target of ${formatShown(target)}%`;
  },
  /** "falling 0.2 points a term, due by Spring 2015/16". */
  dueBy(slope: number, due: Period): string {
    return `falling ${formatShown(Math.abs(slope))} points a term, due by ${formatPeriod(due)}`;
  },
  /** "falling 0.1 points a term, not due by Summer 2016/17". */
  notDueBy(slope: number, by: Period): string {
    return `falling ${formatShown(Math.abs(slope))} points a term, not due by ${formatPeriod(by)}`;
  },
  /** "rising 0.3 points a term". */
  rising(slope: number): string {
    return `rising ${formatShown(Math.abs(slope))} points a term`;
  },
  /** One sentence: the parts joined by "; ", with a full stop. */
  sentence(parts: readonly string[]): string {
    return `${parts.join('; ')}.`;
  },
  /** "persistent absence 14.2%, 5.1 points above national". */
  persistentAboveNational(rate: number, gap: number): string {
    return `persistent absence ${formatShown(rate)}%, ${formatShown(gap)} points above national`;
  },
  /** "overall absence 6.5%, 2.0 points above its target". */
  aboveTarget(rate: number, gap: number): string {
    return `overall absence ${formatShown(rate)}%, ${formatShown(gap)} points above its target`;
  },
};
