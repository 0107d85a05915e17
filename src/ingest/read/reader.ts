// The read stage: a SourceFile becomes a RawBook, by the reader its content (not only its
// name) calls for.
import type { Limits } from '../../../schemas/settings.schema.js';
import { settings } from '../../../schemas/settings.schema.js';
import { message } from '../../messages/message.js';
import type { Message } from '../../messages/message.js';
import { readCsv } from './csv-reader.js';
import type { RawBook } from './raw-sheet.js';
import { sniffFile } from './sniff-file.js';
import type { SourceFile } from './source-file.js';
import { readXlsx } from './xlsx-reader.js';

export type { ReadResult } from './raw-sheet.js';
import type { ReadResult } from './raw-sheet.js';

const readers = { xlsx: readXlsx, csv: readCsv } as const;

/** `limits`: the caps of the context's settings (the shipped ones unless a test gives its own). */
export async function readSource(source: SourceFile, limits: Limits = settings.limits): Promise<ReadResult> {
  const sniffed = sniffFile(source.bytes, source.name);
  if (sniffed.kind === 'refused') {
    const place = { file: source.name };
    const m =
      sniffed.ruleId === 'file.misnamed' || sniffed.ruleId === 'file.not-a-return'
        ? message(sniffed.ruleId, place, { actual: sniffed.actual ?? 'unknown' })
        : message(sniffed.ruleId as 'file.empty', place);
    return { ok: false, messages: [m] };
  }
  return readers[sniffed.kind](source, limits);
}
