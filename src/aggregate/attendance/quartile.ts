// A school's quarter of the city: 1 = the quarter with the lowest absence.
import { quantile } from 'simple-statistics';
import { roundToShown, SHOWN_DECIMALS } from './shown.js';

/** 1 = the lowest-absence quarter of the city's schools, 4 = the highest. */
export type Quartile = 1 | 2 | 3 | 4;

/** The city's cut points, in the rate's unit (percent), compared at the shown precision. */
export interface QuartileCuts {
  /** 25th percentile. */
  lower: number;
  /** 50th percentile (median). */
  median: number;
  /** 75th percentile. */
  upper: number;
  /** How many schools' rates the cuts were drawn from. */
  schools: number;
}

/** Fewer schools than this make no quarters: a quarter of three schools is not a quarter. */
export const MINIMUM_SCHOOLS_FOR_QUARTILES = 4;

/**
 * The city's quartile cut points from the rates of the schools that returned (undefined
 * values are left out, never counted as 0). Each rate is first rounded as shown (one decimal
 * place by default); the cuts are simple-statistics `quantile` at 0.25, 0.5 and 0.75, which
 * interpolates linearly between neighbouring schools (R type 7, numpy's default), cleaned of
 * floating-point noise at six decimal places.
 * Undefined when fewer than MINIMUM_SCHOOLS_FOR_QUARTILES schools returned.
 */
export function quartileCuts(
  rates: readonly (number | undefined)[],
  decimals: number = SHOWN_DECIMALS,
): QuartileCuts | undefined {
  const values = rates
    .filter((r): r is number => r !== undefined && Number.isFinite(r))
    .map((r) => roundToShown(r, decimals));
  if (values.length < MINIMUM_SCHOOLS_FOR_QUARTILES) return undefined;
  // Interpolating between shown values leaves floating-point noise (4.3999999999999995 for a
  // median of 4.2 and 4.6); cleaning it keeps a school shown as 4.4 on the cut, not above it.
  const [lower, median, upper] = quantile(values, [0.25, 0.5, 0.75]).map((q) => roundToShown(q, 6)) as [
    number,
    number,
    number,
  ];
  return { lower, median, upper, schools: values.length };
}

/**
 * A school's quartile: its shown rate r is in quartile 1 if r ≤ lower cut, 2 if r ≤ median,
 * 3 if r ≤ upper cut, otherwise 4. A rate on a cut goes to the lower (better) quarter, so
 * schools shown with the same rate are always in the same quartile.
 */
export function quartileOf(rate: number, cuts: QuartileCuts, decimals: number = SHOWN_DECIMALS): Quartile {
  const r = roundToShown(rate, decimals);
  if (r <= cuts.lower) return 1;
  if (r <= cuts.median) return 2;
  if (r <= cuts.upper) return 3;
  return 4;
}
