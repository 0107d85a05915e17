// The charts' side note: the key to the symbols their CSV files use, in symbols.txt beside them.
// A chart's CSV stays a rectangular table (a footnote row would be read as data by a program and
// moved by a spreadsheet's sort), so its key goes in a file of its own that the folder carries.
import { join } from 'node:path';
import { symbolText, SYMBOL_WORDS, type LegendSymbol } from '../messages/symbol-text.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import type { CliIO } from './cli-io.js';

/** The name of the side note in a folder of chart files. */
export const SYMBOLS_NOTE = 'symbols.txt';

export async function writeSymbolsNote(folder: string, files: readonly string[], io: CliIO): Promise<void> {
  const every = Object.keys(SYMBOL_WORDS).filter((s) => ['c', 'x', 'z'].includes(s)) as LegendSymbol[];
  const text = [symbolText['symbols.legend'](every), '', symbolText['symbols.side-note'](files), ''].join('\n');
  await writeFileAtomic(join(folder, SYMBOLS_NOTE), text);
  io.out(join(folder, SYMBOLS_NOTE));
}
