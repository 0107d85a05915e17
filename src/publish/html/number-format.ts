// Numbers as the HTML shows them: rates to one decimal, means to two, a sign on gaps, and the
// publication symbols as they are. A hyphen-minus, as the CSV and markdown write it.
import type { ChartCell } from '../charts/index.js';
import { NOT_AVAILABLE } from '../charts/index.js';
import { showValue } from '../predictions/area-tables.js';
import type { Shown } from '../predictions/predictions-report.js';

export { showValue };

/** A rate or a gap of the attendance report (already rounded to one decimal), or blank. */
export function showRate(value: number | string | undefined, signed = false): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? showValue(value, { signed, decimals: 1 }) : value;
}

/** A cell of a chart's numbers table: percentages and points to one decimal, gaps signed, null as x. */
export function showChartCell(value: ChartCell, column: string): string {
  if (value === null) return NOT_AVAILABLE;
  if (typeof value === 'string') return value;
  const gap = /gap/i.test(column);
  if (gap || /%|percentage points/i.test(column)) return showValue(value, { signed: gap, decimals: 1 });
  return String(value);
}

/** The class of a gap cell, for its colour; the sign carries the meaning as well. */
export function gapClass(value: Shown | number | undefined): string {
  return typeof value === 'number' ? (value < 0 ? 'num below' : value > 0 ? 'num above' : 'num') : 'num';
}
