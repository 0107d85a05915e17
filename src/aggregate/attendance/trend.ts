// A school's direction of travel over its last six terms.
import { attendanceText } from '../../messages/attendance-text.js';
import { linearRegression, linearRegressionLine, rSquared } from 'simple-statistics';
import { periodAt, termIndex } from './period.js';
import { roundToShown } from './shown.js';
import type { Period } from './types.js';

export type TrendClass = 'improving' | 'static' | 'declining' | 'fluctuating' | 'insufficient data';

/** One term of a school's series: its overall absence rate in percent, undefined when not returned. */
export interface TrendPoint {
  period: Period;
  rate: number | undefined;
}

/**
 * The classification rules. Absence rates run about 3–8% and a school's termly rate moves by
 * about 0.5 points from noise alone (illness, a few long absences in a small school). Over six
 * consecutive terms (term index 0–5, Σ(x − x̄)² = 17.5) that noise gives the slope a standard
 * error of about 0.5 / √17.5 ≈ 0.12 points a term, and six noisy terms typically span about
 * 1.3 points. So:
 * - a slope of 0.15 points a term (0.75 points over six terms, ~0.45 a year; more than the
 *   national year-on-year change) is the least that counts as movement;
 * - R² ≥ 0.3 asks that the line explain at least 30% of the variation, so one odd term does
 *   not make a trend;
 * - a spread of 2.0 points between the highest and lowest term is well beyond what noise
 *   gives, so a school that swings that much without a clear line is "fluctuating".
 * Seasonality: autumn and summer absence is usually lower than spring's (winter illness), and
 * summer differs again by phase. With six consecutive terms each term appears twice, so the
 * pattern nearly cancels (a Summer−Autumn difference d tilts the slope by 2d / 17.5 ≈ 0.11 d);
 * with gaps it may not. The simple rule is kept and this caveat stated.
 */
export const TREND_RULES = {
  /** How many terms, ending at the report's term, the trend looks at. */
  windowTerms: 6,
  /** Fewer terms with a return than this: 'insufficient data'. */
  minimumTerms: 3,
  /** Percentage points per term. */
  slopeThreshold: 0.15,
  minimumRSquared: 0.3,
  /** Percentage points, highest minus lowest termly rate. */
  fluctuatingRange: 2.0,
  text: attendanceText['trend.rules'],
} as const;

export interface Trend {
  classification: TrendClass;
  /** The window: from the sixth-last term to the report's term, inclusive. */
  from: Period;
  to: Period;
  /** Terms in the window with a rate. */
  terms: number;
  /** Least-squares slope, percentage points per term (negative = absence falling). Undefined with insufficient data. */
  slope?: number;
  /** Share of the variation the line explains, 0–1. */
  rSquared?: number;
  /** Highest minus lowest rate in the window, percentage points. */
  range?: number;
  /** The line's rate at `to`, percent: where projections start. */
  fittedAtEnd?: number;
}

/** Drops floating-point noise before a rule compares a figure with its threshold. */
const clean = (v: number): number => roundToShown(v, 6);

/** Classifies the terms of `series` within the six terms ending at `asOf` by TREND_RULES. */
export function schoolTrend(series: readonly TrendPoint[], asOf: Period): Trend {
  const end = termIndex(asOf);
  const start = end - TREND_RULES.windowTerms + 1;
  const window = { from: periodAt(start), to: asOf };
  const data = series
    .filter((p): p is { period: Period; rate: number } => p.rate !== undefined && Number.isFinite(p.rate))
    .map((p) => [termIndex(p.period), p.rate] as [number, number])
    .filter(([x]) => x >= start && x <= end)
    .sort((a, b) => a[0] - b[0]);
  const terms = data.length;
  if (terms < TREND_RULES.minimumTerms) return { classification: 'insufficient data', ...window, terms };

  const regression = linearRegression(data);
  const slope = regression.m;
  const line = linearRegressionLine(regression);
  const rates = data.map(([, y]) => y);
  const range = Math.max(...rates) - Math.min(...rates);
  const r2 = range === 0 ? 1 : rSquared(data, line);
  const fit = { slope, rSquared: r2, range, fittedAtEnd: line(end) };

  const fits = clean(r2) >= TREND_RULES.minimumRSquared;
  let classification: TrendClass = 'static';
  if (fits && clean(slope) <= -TREND_RULES.slopeThreshold) classification = 'improving';
  else if (fits && clean(slope) >= TREND_RULES.slopeThreshold) classification = 'declining';
  else if (clean(range) >= TREND_RULES.fluctuatingRange) classification = 'fluctuating';
  return { classification, ...window, terms, ...fit };
}

/** The trend line's rate at `period`, percent; undefined when the trend has no line. */
export function projectedRate(trend: Trend, period: Period): number | undefined {
  if (trend.slope === undefined || trend.fittedAtEnd === undefined) return undefined;
  return trend.fittedAtEnd + trend.slope * (termIndex(period) - termIndex(trend.to));
}
