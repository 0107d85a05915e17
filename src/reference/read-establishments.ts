// The establishments of a GIAS extract, a line at a time: lines of other LAs are counted unread,
// the LA's establishments that are not schools the city collects from are counted by type and
// skipped, and the rest are checked and kept (schemas/README.md §5).
import { gias } from '../../schemas/formats/reference.schema.js';
import type { Message } from '../messages/message.js';
import type { SchoolRow } from '../store/queries/reference.js';
import type { CsvRecord } from './csv-records.js';
import { skippedAs } from './establishment-kinds.js';
import { cellOf, readLine, type Fields } from './reference-fields.js';

export interface Establishments {
  schools: { line: number; row: SchoolRow }[];
  /** The LA's establishments skipped, by GIAS type (or why), in the order first met. */
  skipped: Map<string, number>;
  /** Lines of other LAs, skipped unchecked. */
  otherLas: number;
  messages: Message[];
}

export async function readEstablishments(
  file: string,
  fields: Fields,
  lines: AsyncIterable<CsvRecord>,
  laCodes: ReadonlySet<string>,
): Promise<Establishments> {
  const read: Establishments = { schools: [], skipped: new Map(), otherLas: 0, messages: [] };
  for await (const line of lines) {
    if (!laCodes.has(cellOf(fields, line, 'laCode'))) {
      read.otherLas++;
      continue;
    }
    const skip = skippedAs(cellOf(fields, line, 'type'), cellOf(fields, line, 'establishmentNumber'));
    if (skip !== undefined) {
      read.skipped.set(skip, (read.skipped.get(skip) ?? 0) + 1);
      continue;
    }
    const parsed = readLine(gias, fields, line, file);
    if (!parsed.ok) {
      read.messages.push(parsed.message);
      continue;
    }
    const r = parsed.value;
    read.schools.push({
      line: line.line,
      row: {
        urn: r.urn,
        laestab: r.laCode + r.establishmentNumber,
        la_code: r.laCode,
        name: r.name,
        phase: r.phase,
        type: r.type,
        status: r.status,
        low_age: r.lowAge ?? null,
        high_age: r.highAge ?? null,
        open_date: r.openDate ?? null,
        close_date: r.closeDate ?? null,
      },
    });
  }
  return read;
}
