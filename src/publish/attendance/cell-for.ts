// One value of the tidy attendance rows as a cell of a published column, shared by every table.
import { GSS_SYMBOLS, isFigure, text, type Cell, type Column, type GssSymbol } from '../table/published-table.js';

/**
 * A row's value as a cell of its column: words in a text column; in a figure column a number, a
 * GSS symbol (c for withheld), or words (a status); blank for nothing.
 */
export function cellFor(value: string | number | undefined, column: Column): Cell {
  if (value === undefined) return null;
  if (!isFigure(column)) return text(String(value));
  if (typeof value === 'number') return value;
  return Object.hasOwn(GSS_SYMBOLS, value) ? (value as GssSymbol) : text(value);
}
