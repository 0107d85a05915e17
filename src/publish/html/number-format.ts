// Numbers as the HTML shows them: rates to one decimal, means to two, a sign on gaps, and the
// publication symbols as they are. A hyphen-minus, as the CSV and markdown write it. Each is a
// thin wrapper on the one formatter, table/format-number.ts.
import type { ChartCell } from '../charts/chart-rows.js';
import { NOT_AVAILABLE } from '../charts/chart-format.js';
import { showValue } from '../predictions/area-tables.js';
import type { Shown } from '../predictions/predictions-report.js';
import { formatNumber } from '../table/format-number.js';

export { showValue };

/** A rate or a gap of the attendance report (already rounded to one decimal), or blank. */
export function showRate(value: number | string | undefined, signed = false): string {
  return formatNumber(value, { signed, decimals: 1 });
}

/** A cell of a chart's numbers table: percentages and points to one decimal, gaps signed, null as x. */
export function showChartCell(value: ChartCell, column: string): string {
  if (value === null) return NOT_AVAILABLE;
  const gap = /gap/i.test(column);
  if (gap || /%|percentage points/i.test(column)) return formatNumber(value, { signed: gap, decimals: 1 });
  return formatNumber(value);
}

/**
 * The class of a gap cell, for its colour; the sign carries the meaning as well. Where lower is
 * better (absence), a gap below is also `better` and one above `worse`, and the stylesheet colours
 * those as it colours above and below national where higher is better: blue better, orange worse.
 */
export function gapClass(value: Shown | number | undefined, better: 'higher' | 'lower' = 'higher'): string {
  if (typeof value !== 'number' || value === 0) return 'num';
  if (better === 'higher') return value < 0 ? 'num below' : 'num above';
  return value < 0 ? 'num below better' : 'num above worse';
}
