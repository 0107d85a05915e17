// A published file read into its sheets (csv or xlsx, told by its bytes), and the look-ups its
// readers share: a heading's column whatever its case, a cell's text, a value or a symbol.
import { readFile } from 'node:fs/promises';
import { cellText, isBlank, type RawBook, type RawRow } from '../ingest/read/raw-sheet.js';
import { readSource } from '../ingest/read/reader.js';
import { sourceFile } from '../ingest/read/source-file.js';
import { message, type Message } from '../messages/message.js';

export type BookRead = { ok: true; book: RawBook; messages: Message[] } | { ok: false; messages: Message[] };

export async function readBook(path: string): Promise<BookRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, messages: [message('file.read-failed', { file: path }, { detail })] };
  }
  const read = await readSource(sourceFile(path, path, bytes));
  return read.ok ? { ok: true, book: read.book, messages: read.messages ?? [] } : read;
}

/** A row's cells as trimmed text. */
export const textsOf = (row: RawRow | undefined): string[] => (row?.cells ?? []).map((c) => cellText(c));

export const isBlankRow = (row: RawRow): boolean => row.cells.every((c) => isBlank(c));

/** The 0-based column of the first of `names` found among `headings` (any case); -1 if none. */
export function columnOf(headings: readonly string[], names: readonly string[]): number {
  const lower = headings.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    const i = lower.indexOf(name.toLowerCase());
    if (i >= 0) return i;
  }
  return -1;
}

/** Whether every one of `names` is a heading (any case). */
export const hasHeadings = (headings: readonly string[], names: readonly string[]): boolean =>
  names.every((n) => columnOf(headings, [n]) >= 0);

/** A number as published: plain, or in scientific notation as LAIT's export writes 7.0000000000000007E-2. */
const NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;

export type PublishedValue = { kind: 'number'; value: number } | { kind: 'symbol'; symbol: string } | { kind: 'bad' };

/**
 * A published cell: a number, a symbol of `symbols` (GSS `x`, `c`, `z`, `low`; legacy `.`; LAIT `-`),
 * bracketed or not, or neither. The float noise of an export ("-1.1000000000000001") parses to the
 * same number as the figure meant, so nothing is rounded.
 */
export function publishedValue(text: string, symbols: Readonly<Record<string, string>>): PublishedValue {
  const t = text.trim();
  if (NUMBER.test(t)) return { kind: 'number', value: Number(t) };
  const bare = t.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare in symbols) return { kind: 'symbol', symbol: bare };
  return { kind: 'bad' };
}
