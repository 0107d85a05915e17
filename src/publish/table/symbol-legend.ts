// Which publication symbols a set of tables uses, and the line that explains them (issue 13:
// c, x and z explained wherever they appear). A symbol is a cell that is one (GssSymbol); words
// in a text cell are never read as one, so a school called "c" needs no key.
import { symbolText, SYMBOL_WORDS, type LegendSymbol } from '../../messages/symbol-text.js';
import type { PublishedTable } from './published-table.js';

const ORDER = Object.keys(SYMBOL_WORDS) as LegendSymbol[];

export function symbolsIn(tables: readonly PublishedTable[]): LegendSymbol[] {
  const found = new Set<string>();
  for (const t of tables) for (const r of t.rows) for (const c of r.cells) if (typeof c === 'string') found.add(c);
  return ORDER.filter((s) => found.has(s));
}

/** The key to the symbols the tables use, or undefined when they use none. */
export function symbolLegend(tables: readonly PublishedTable[]): string | undefined {
  const used = symbolsIn(tables);
  return used.length > 0 ? symbolText['symbols.legend'](used) : undefined;
}
