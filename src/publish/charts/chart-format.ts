/** Number formatting and labelling shared by the chart builders. Pure functions. */
import { formatNumber } from '../table/format-number.js';

/** Publication symbols (see domain.md): suppressed and not available. */
export const SUPPRESSED = 'c';
export const NOT_AVAILABLE = 'x';

/** Rounds to one decimal place, as drawn and tabled; undefined or non-finite gives null. */
export function round1(value: number | undefined): number | null {
  if (value === undefined || !Number.isFinite(value)) return null;
  const r = Math.round(value * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

/** Percentage points with a sign and a true minus: `+3.5`, `−2.0`, `0.0`. */
export function signedPoints(value: number): string {
  return formatNumber(value, { decimals: 1, signed: true, minus: '\u2212' });
}

/** A percentage for a label: `4.2%`. */
export function percent(value: number): string {
  return `${formatNumber(value, { decimals: 1 })}%`;
}

/** A table cell for a value that may be suppressed or missing. */
export function cell(value: number | null, suppressed = false): number | string | null {
  return suppressed ? SUPPRESSED : value;
}

/**
 * Makes names unique for use as axis categories: a repeated name gets ` (2)`, ` (3)`...
 * Two schools may share a name; without this they would share one row of the chart.
 */
export function uniqueLabels(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let label = name;
    for (let n = 2; used.has(label); n += 1) label = `${name} (${n})`;
    used.add(label);
    return label;
  });
}

/**
 * Half-width of a symmetric axis around zero with room for labels beyond the longest bar:
 * a multiple of 5, at least 5.
 */
export function symmetricExtent(values: readonly (number | null)[]): number {
  const max = Math.max(0, ...values.map((v) => Math.abs(v ?? 0)));
  return Math.max(5, Math.ceil((max * 1.2) / 5) * 5);
}
