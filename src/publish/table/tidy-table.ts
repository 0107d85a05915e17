// A tidy table from plain rows, for outputs that are data and nothing else (the round changes, the
// import's messages): a number stays a number, a GSS symbol a symbol, anything else is text.
import { GSS_SYMBOLS, text, type Cell, type GssSymbol, type PublishedTable } from './published-table.js';

export type PlainValue = string | number | null | undefined;

/** How a plain value is published; `symbols: false` for columns of words, where "c" is a word. */
export function cellOfValue(value: PlainValue, symbols = true): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return symbols && Object.hasOwn(GSS_SYMBOLS, value) ? (value as GssSymbol) : text(value);
}

/** Columns named by their codes; `figures` lists the codes whose cells may hold numbers and symbols. */
export function tidyTable(
  id: string,
  codes: readonly string[],
  rows: readonly (readonly PlainValue[])[],
  figures: ReadonlySet<string> = new Set(),
): PublishedTable {
  return {
    id,
    title: id,
    tidy: true,
    columns: codes.map((code) => ({ code, heading: code, kind: figures.has(code) ? 'number' : 'text' })),
    rows: rows.map((row) => ({ cells: codes.map((code, i) => cellOfValue(row[i], figures.has(code))) })),
  };
}
