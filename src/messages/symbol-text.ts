// The key to the publication symbols, in the words every format a person reads uses (md, xlsx,
// the charts' CSV side note); the HTML pages have their own marked sentence (html-text.ts).
export const SYMBOL_WORDS = {
  c: 'suppressed (too few pupils to publish, or a figure from which one could be worked out)',
  x: 'not available',
  z: 'not applicable',
  low: 'rounds to zero, but is not zero',
  u: 'low reliability',
} as const;

export type LegendSymbol = keyof typeof SYMBOL_WORDS;

export const symbolText = {
  /** "Symbols: c = suppressed (…); x = not available." Only the symbols used. */
  'symbols.legend': (used: readonly LegendSymbol[]) =>
    `Symbols: ${used.map((s) => `${s} = ${SYMBOL_WORDS[s]}`).join('; ')}.`,
  /** The charts' side note: which files use the symbols. */
  'symbols.side-note': (files: readonly string[]) =>
    `The CSV files here are tidy tables, one row per figure, so the key to their symbols is here rather ` +
    `than in a row of their own (which a program reading them would take for data). ` +
    `Files with symbols: ${files.join(', ')}.`,
} as const;
