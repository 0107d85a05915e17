// Reads a reference CSV (register, groups, comparators, targets) into named records with
// their line numbers, checking each with its zod schema; bad lines become messages.
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Message } from '../messages/message.js';
import { message } from '../messages/message.js';
import { readCsvSync } from '../ingest/read/csv-reader.js';
import { cellText } from '../ingest/read/raw-sheet.js';
import { sourceFile } from '../ingest/read/source-file.js';

export interface ReferenceFormat<S extends z.ZodType> {
  /** Field name → the heading it is read from (matched without regard to case). */
  columns: Record<string, string>;
  optional?: readonly string[];
  row: S;
}

export interface ReadReferenceOptions {
  /** Lines to read at all, judged on their raw text (a register keeps only its LA's schools). */
  keep?: (record: Record<string, string | undefined>) => boolean;
}

export interface ReferenceRows<T> {
  rows: { line: number; value: T }[];
  messages: Message[];
}

export async function readReferenceCsv<S extends z.ZodType>(
  path: string,
  format: ReferenceFormat<S>,
  options: ReadReferenceOptions = {},
): Promise<ReferenceRows<z.infer<S>>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return {
      rows: [],
      messages: [
        message('file.read-failed', { file: path }, { detail: (error as NodeJS.ErrnoException).code ?? String(error) }),
      ],
    };
  }
  const read = readCsvSync(sourceFile(path, path, bytes));
  if (!read.ok) return { rows: [], messages: read.messages };
  const messages = [...(read.messages ?? [])];
  const [header, ...lines] = read.book.sheets[0]!.rows;
  const headings = (header?.cells ?? []).map((c) => cellText(c).toLowerCase());
  const fields = Object.entries(format.columns).map(([field, heading]) => ({
    field,
    heading,
    index: headings.indexOf(heading.toLowerCase()),
  }));
  const missing = fields.filter((f) => f.index < 0 && !format.optional?.includes(f.field)).map((f) => f.heading);
  if (missing.length > 0)
    return {
      rows: [],
      messages: [...messages, message('reference.missing-columns', { file: path, line: 1 }, { columns: missing })],
    };

  const rows: { line: number; value: z.infer<S> }[] = [];
  for (const line of lines) {
    const record: Record<string, string | undefined> = {};
    for (const f of fields) {
      const value = f.index >= 0 ? cellText(line.cells[f.index]) : '';
      record[f.field] = value === '' && format.optional?.includes(f.field) ? undefined : value;
    }
    if (options.keep && !options.keep(record)) continue;
    // The reader keeps ragged lines (pitfalls.md: they must be messages, never misread values).
    if (header && line.cells.length !== header.cells.length) {
      messages.push(
        message(
          'csv.ragged-row',
          { file: path, line: line.number },
          { found: line.cells.length, expected: header.cells.length },
        ),
      );
      continue;
    }
    const parsed = format.row.safeParse(record);
    if (parsed.success) rows.push({ line: line.number, value: parsed.data });
    else {
      const issue = parsed.error.issues[0]!;
      const field = fields.find((f) => f.field === issue.path[0]);
      const detail = `${field?.heading ?? 'a value'} "${record[String(issue.path[0])] ?? ''}" ${issue.message}`;
      messages.push(
        message(
          'reference.bad-row',
          { file: path, line: line.number, ...(field ? { column: field.heading } : {}) },
          { detail },
        ),
      );
    }
  }
  return { rows, messages };
}
