// Rates are compared as a reader sees them: two schools shown as 4.3% are level.
import { roundHalfAwayFromZero } from '../rounding.js';

/** Attendance rates and gaps are shown, ranked and compared to one decimal place. */
export const SHOWN_DECIMALS = 1;

/**
 * `value` rounded half away from zero to `decimals` places, as the table shows it
 * (4.35 → 4.4, −0.25 → −0.3). Floating-point noise from the division is removed first, so a
 * rate of exactly 4.35% (435 / 10,000 sessions) rounds up however the division came out.
 * Reports must round with this function so that what they show matches what was ranked.
 */
export function roundToShown(value: number, decimals: number = SHOWN_DECIMALS): number {
  return roundHalfAwayFromZero(value, decimals);
}

/** The shown text of a rate or gap: "4.4". */
export function formatShown(value: number, decimals: number = SHOWN_DECIMALS): string {
  return roundToShown(value, decimals).toFixed(decimals);
}
