// Read, locate and normalise one file: everything that needs no store, so it can run anywhere
// (in this process or a worker) and hand back plain data.
import { fileURLToPath } from 'node:url';
import type { Context } from '../domain/context.js';
import type { ParseWorker } from '../ingest/parse-pool.js';
import type { Message } from '../messages/message.js';
import { message } from '../messages/message.js';
import { locateCsv } from '../ingest/locate/locate-csv-returns.js';
import { locateWorkbook } from '../ingest/locate/locate-sheet-return.js';
import type { LocatedFile } from '../ingest/locate/located-return.js';
import type { NormalisedReturn } from '../ingest/normalise/normalised-return.js';
import { boundRepeats } from './bound-repeats.js';
import { returnKinds } from './kinds.js';
import { readSource } from '../ingest/read/reader.js';
import type { SourceFile } from '../ingest/read/source-file.js';

/** A file's returns, normalised, and the messages about the file as a whole. */
export interface ParsedFile {
  fileMessages: Message[];
  returns: NormalisedReturn[];
}

/**
 * The file's returns. A fault in reading one file refuses that file, with a message that says
 * the fault is ours, and the rest of the import goes on.
 */
export async function parseSource(source: SourceFile, context: Context): Promise<ParsedFile> {
  try {
    return await parseUnguarded(source, context);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { fileMessages: [message('file.reader-fault', { file: source.name }, { detail })], returns: [] };
  }
}

async function parseUnguarded(source: SourceFile, context: Context): Promise<ParsedFile> {
  const read = await readSource(source, context.settings.limits);
  if (!read.ok) return { fileMessages: read.messages, returns: [] };
  const located: LocatedFile =
    read.book.format === 'csv'
      ? locateCsv(read.book.sheets[0]!, source.name, context.catalogue)
      : locateWorkbook(read.book, source.name);
  const fileMessages = [...(read.messages ?? []), ...located.messages];
  const returns = located.returns.map((r, i) => {
    const normalised = returnKinds[r.kind].normalise(r, context);
    // Not unshift(...messages): a CSV of 800,000 duplicate lines has as many messages, past the stack (issue 17).
    const messages = [...(located.returnMessages[i] ?? []), ...normalised.messages];
    return { ...normalised, messages: boundRepeats(messages, context.settings.limits.repeatedErrors) };
  });
  return { fileMessages, returns };
}

const here = import.meta.url;
/** The child process that runs parseSource for the import's pool; a file that kills it is refused alone. */
export const parseWorker: ParseWorker<ParsedFile> = {
  path: fileURLToPath(new URL(here.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js', here)),
  failed: (m) => ({ fileMessages: [m], returns: [] }),
};
