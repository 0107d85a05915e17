// The one number formatter: every figure a reader sees (md, html, a chart's label and numbers
// table) is written here. Fixed places, a `+` on a positive gap, a hyphen-minus on a negative
// figure (as the csv writes it, so a reader can paste one into the other), and the GSS symbols
// as they are.
import { decimalsOf, type Cell, type Column, type PublishedRow } from './published-table.js';

export interface NumberStyle {
  /** Places after the point; absent: the number as it is (`80`, `77.9`). */
  readonly decimals?: number;
  /** A `+` on a figure above zero; zero and below carry none of their own. */
  readonly signed?: boolean;
  /** The minus sign: the hyphen-minus, or a chart label's true minus (U+2212). */
  readonly minus?: '-' | '\u2212';
}

/**
 * A figure as text: `formatNumber(-2.14, { decimals: 1, signed: true })` is `-2.1`, of 3.6 is
 * `+3.6`. A symbol or other text is returned as it is, nothing (null, undefined) as blank, and a
 * number that is not finite as `x` (not available). The sign follows the figure before rounding,
 * so -0.04 is `-0.0`.
 */
export function formatNumber(value: number | string | null | undefined, style: NumberStyle = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return 'x';
  const digits = style.decimals === undefined ? String(value) : value.toFixed(style.decimals);
  const signed = style.signed && value > 0 ? `+${digits}` : digits;
  return style.minus === '\u2212' ? signed.replace(/^-/, '\u2212') : signed;
}

/** A cell of a published table as a reader sees it: its text, its symbol, or its number formatted for its column. */
export function formatCell(cell: Cell | undefined, column: Column, row?: PublishedRow): string {
  if (cell !== null && typeof cell === 'object') return cell.text;
  return formatNumber(cell, { decimals: decimalsOf(column, row), signed: column.signed });
}

/** A row of a list as a reader sees it: its cells formatted for their columns, blanks left out, joined by a space. */
export function formatItem(row: PublishedRow, columns: readonly Column[]): string {
  return columns
    .map((c, i) => formatCell(row.cells[i], c, row))
    .filter((t) => t !== '')
    .join(' ');
}
