// A reference format's columns found in a header line, and a line's cells read into its fields and
// checked with the format's zod schema: the parts of reading a reference file that do not need
// the whole file, for files read as a stream (the GIAS extract and links file).
import type { z } from 'zod';
import { message, type Message } from '../messages/message.js';
import type { ReferenceFormat } from './read-reference-csv.js';

export interface Fields {
  /** Field name → 0-based column, -1 for an optional column the header lacks. */
  index: Record<string, number>;
  columns: number;
}

/** Where each of the format's columns is, or the message naming the ones missing. */
export function findFields<S extends z.ZodType>(
  format: ReferenceFormat<S>,
  header: readonly string[],
  file: string,
): { ok: true; fields: Fields } | { ok: false; message: Message } {
  const headings = header.map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(
    Object.entries(format.columns).map(([field, heading]) => [field, headings.indexOf(heading.toLowerCase())]),
  );
  const missing = Object.entries(format.columns)
    .filter(([field]) => index[field]! < 0 && !format.optional?.includes(field))
    .map(([, heading]) => heading);
  if (missing.length > 0)
    return { ok: false, message: message('reference.missing-columns', { file, line: 1 }, { columns: missing }) };
  return { ok: true, fields: { index, columns: header.length } };
}

/** A field's raw text on a line, trimmed: '' where the column is absent. */
export const cellOf = (fields: Fields, line: { cell(index: number): string }, field: string) =>
  fields.index[field]! >= 0 ? line.cell(fields.index[field]!).trim() : '';

/** A line read into the format's value, or the message saying what is wrong with it. */
export function readLine<S extends z.ZodType>(
  format: ReferenceFormat<S>,
  fields: Fields,
  line: { line: number; cells: readonly string[]; cell(index: number): string },
  file: string,
): { ok: true; value: z.infer<S> } | { ok: false; message: Message } {
  // Ragged lines are messages, never misread values (pitfalls.md).
  if (line.cells.length !== fields.columns)
    return {
      ok: false,
      message: message(
        'csv.ragged-row',
        { file, line: line.line },
        { found: line.cells.length, expected: fields.columns },
      ),
    };
  const record: Record<string, string | undefined> = {};
  for (const field of Object.keys(format.columns)) {
    const value = cellOf(fields, line, field);
    record[field] = value === '' && format.optional?.includes(field) ? undefined : value;
  }
  const parsed = format.row.safeParse(record);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0]);
  const heading = format.columns[field];
  const detail = `${heading ?? 'a value'} "${record[field] ?? ''}" ${issue.message}`;
  return {
    ok: false,
    message: message(
      'reference.bad-row',
      { file, line: line.line, ...(heading ? { column: heading } : {}) },
      { detail },
    ),
  };
}
