// The stages before the store, run on bytes as import does: read, locate, normalise, validate.
import type { Message } from '../../src/messages/message.js';
import { hasErrors } from '../../src/messages/message.js';
import { locateCsv } from '../../src/ingest/locate/locate-csv-returns.js';
import { locateWorkbook } from '../../src/ingest/locate/locate-sheet-return.js';
import type { LocatedFile } from '../../src/ingest/locate/located-return.js';
import { parseSource, type ParsedFile } from '../../src/returns/parse-source.js';
import { readSource } from '../../src/ingest/read/reader.js';
import { shippedContext } from '../../src/domain/context.js';
import { registerOf } from '../../src/domain/register.js';
import { validateReturn, type ValidationContext } from '../../src/returns/validate-return.js';
import type { ValidatedReturn } from '../../src/ingest/validate/validated-return.js';
import { registerSchools } from './register.js';
import { source } from './source.js';

export { source };

/** The shipped catalogue and settings, with the clock of the demo's fixed day. */
export const testContext = shippedContext(() => new Date(Date.UTC(2015, 0, 5)));

export function parseBytes(name: string, bytes: Uint8Array | string): Promise<ParsedFile> {
  return parseSource(source(name, bytes), testContext);
}

/** Each return of the file validated against the test register; a file refused whole gives one refusal. */
export async function checkBytes(name: string, bytes: Uint8Array | string): Promise<ValidatedReturn[]> {
  const parsed = await parseBytes(name, bytes);
  if (hasErrors(parsed.fileMessages) || parsed.returns.length === 0) {
    return [{ status: 'refused', identity: { kind: 'unknown', file: name }, messages: parsed.fileMessages }];
  }
  // No earlier attendance or actual results: only the return and the register are consulted.
  const context: ValidationContext = { ...testContext, register: registerOf(registerSchools()) };
  return parsed.returns.map((r) =>
    validateReturn({ ...r, messages: [...parsed.fileMessages, ...r.messages] }, context),
  );
}

/** The one return of a file. */
export async function checkOne(name: string, bytes: Uint8Array | string): Promise<ValidatedReturn> {
  const [only, ...more] = await checkBytes(name, bytes);
  if (!only || more.length > 0)
    throw new Error(`expected one return in ${name}, found ${more.length + (only ? 1 : 0)}`);
  return only;
}

export const withRule = (messages: readonly Message[], ruleId: string) => messages.filter((m) => m.ruleId === ruleId);

/** The read and locate stages only. */
export async function locateBytes(name: string, bytes: Uint8Array | string): Promise<LocatedFile> {
  const read = await readSource(source(name, bytes));
  if (!read.ok) throw new Error(`${name} was not read: ${read.messages.map((m) => m.text).join('; ')}`);
  return read.book.format === 'csv'
    ? locateCsv(read.book.sheets[0]!, name, testContext.catalogue)
    : locateWorkbook(read.book, name);
}
