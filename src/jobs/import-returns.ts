// Import returns: the pipeline for each file, SourceFile → ParsedFile (read, locate, normalise)
// → ValidatedReturn → stored, and an outcome per return for the user. Never prints.
import { hasErrors, type Message } from '../messages/message.js';
import { message } from '../messages/message.js';
import type { Store } from '../store/open-store.js';
import { loadSchools } from '../store/queries/register.js';
import { acceptedParts, partsOfFile } from '../store/queries/returns.js';
import { findFiles, type FoundFile } from '../ingest/find-files.js';
import type { NormalisedReturn } from '../ingest/normalise/normalised-return.js';
import { parseInPool, type FileToParse, type PooledParse } from '../ingest/parse-pool.js';
import { parseSource, parseWorker, type ParsedFile } from '../returns/parse-source.js';
import { readFiles } from '../ingest/read/read-files.js';
import { sourceFile, type SourceFile } from '../ingest/read/source-file.js';
import { recordFileParts, storeRefusals, storeReturn } from '../store/store-return.js';
import type { AlreadyStored, StoredReturn } from '../store/store-return.js';
import { shippedContext, type Context } from '../domain/context.js';
import type { Settings } from '../../schemas/settings.schema.js';
import { registerOf } from '../domain/register.js';
import { loadHistories, validateReturn, type ValidationContext } from '../returns/validate-return.js';
import type { ValidatedReturn } from '../ingest/validate/validated-return.js';

export interface ImportOptions {
  /** Check everything, store nothing. */
  dryRun: boolean;
  now: () => Date;
  /** Called after each file, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /** The settings of schemas/ unless given: a test's own caps, say. */
  settings?: Settings;
}

export type ReturnStatus = 'accepted' | 'refused' | 'already-imported';

/** What became of one return (a workbook, or one school's part of a CSV). */
export interface ReturnOutcome {
  file: string;
  part?: string;
  status: ReturnStatus;
  /** What the return says it is: "URN 110001, KS2 2014/15 Autumn". */
  description: string;
  messages: Message[];
  returnId?: number;
  supersededReturnId?: number;
  /** Queries answered on the superseded return: its agreed amendments no longer apply. */
  answersLeftBehind?: number;
  importedAt?: string;
  /** An earlier file in the same run with the same bytes, imported in its place. */
  copyOf?: string;
}

export interface ImportResult {
  outcomes: ReturnOutcome[];
  /** Files in the folders given that are not returns, and paths that do not exist. */
  skipped: FoundFile[];
  missing: string[];
}

export function describeReturn(ret: ValidatedReturn | NormalisedReturn): string {
  const id = ret.identity;
  const school =
    'school' in ret && ret.school
      ? `URN ${ret.school.urn}`
      : id.urn
        ? `URN ${id.urn.value}`
        : id.laestab
          ? `LAESTAB ${id.laestab.value}`
          : undefined;
  return [school, id.keyStage, id.academicYear, id.period].filter(Boolean).join(' ');
}

/**
 * From this many files on, parsing runs in child processes on every core; below it, in this process,
 * unless a file is over `limits.inProcessMaxBytes` (only the pool caps a file's time and memory).
 */
export const POOL_MIN_FILES = 64;

/** Whether these files are parsed in the pool: many of them, or any large enough to be hostile. */
export function parsesInPool(files: readonly FileToParse[], limits: Settings['limits']): boolean {
  return files.length >= POOL_MIN_FILES || files.some((f) => f.source.bytes.byteLength > limits.inProcessMaxBytes);
}

export async function importReturns(
  store: Store,
  paths: readonly string[],
  options: ImportOptions,
): Promise<ImportResult> {
  const found = await findFiles(paths);
  const shipped = shippedContext(options.now);
  // Made once here and frozen: the parse in this process, the pool's caps and validation all see it.
  const run: Context = options.settings ? Object.freeze({ ...shipped, settings: options.settings }) : shipped;
  const context: ValidationContext = {
    ...run,
    register: registerOf(await loadSchools(store)),
    histories: await loadHistories(store, run),
  };
  // (1) Read and recognise each file: one whose every return was accepted before is not parsed again.
  const byFile: ReturnOutcome[][] = found.files.map(() => []);
  const toParse: (FileToParse & { index: number })[] = [];
  let done = 0;
  const progress = () => options.onProgress?.(++done, found.files.length);
  const read = await readFiles(found.files.map((f) => f.path));
  // The same bytes twice in one run (a copy in another folder) are imported once.
  const firstWithHash = new Map<string, number>();
  const copies: { index: number; of: number }[] = [];
  for (const [index, file] of found.files.entries()) {
    const result = read[index]!;
    if ('errorCode' in result) {
      const m = message('file.read-failed', { file: file.name }, { detail: result.errorCode });
      byFile[index] = [{ file: file.name, status: 'refused', description: '', messages: [m] }];
      progress();
      continue;
    }
    const source = sourceFile(file.path, file.name, result.bytes);
    const first = firstWithHash.get(source.sha256);
    if (first !== undefined) {
      copies.push({ index, of: first });
      continue;
    }
    firstWithHash.set(source.sha256, index);
    // Imported only when every return the file holds was accepted (issue 11: not merely every one
    // stored, which after a crash part-way through a bulk CSV is some). A file whose parts were
    // never recorded (by a store of before issue 11) is parsed again, and recorded then.
    const parts = await partsOfFile(store, source.sha256);
    if (parts.length > 0 && parts.every((r) => r.id !== null)) {
      byFile[index] = parts.map((r) => ({
        file: file.name,
        ...(r.part ? { part: r.part } : {}),
        status: 'already-imported' as const,
        messages: [],
        importedAt: r.imported_at!,
        description: [r.urn && `URN ${r.urn}`, r.key_stage, r.academic_year, r.period].filter(Boolean).join(' '),
      }));
      progress();
    } else toParse.push({ file, source, index });
  }
  // (2) Parse the rest (in a pool of processes when there are many or one is large), then validate
  // and store each. The pool's time and memory caps are the run's, not the shipped ones.
  const { limits } = run.settings;
  const parsed = parsesInPool(toParse, limits)
    ? parseInPool(toParse, parseWorker, undefined, limits)
    : parseHere(toParse, run);
  let i = 0;
  for await (const { parsed: result } of parsed) {
    const { index, source } = toParse[i++]!;
    byFile[index] = await importParsed(store, source, result, context, options);
    progress();
  }
  for (const { index, of } of copies) {
    byFile[index] = copyOutcomes(found.files[index]!.name, found.files[of]!.name, byFile[of]!, options.now());
    progress();
  }
  return { outcomes: byFile.flat(), skipped: found.skipped, missing: found.missing };
}

/** A file with the same bytes as one earlier in the run: each return already imported, or refused as it was. */
function copyOutcomes(name: string, firstName: string, first: readonly ReturnOutcome[], now: Date): ReturnOutcome[] {
  return first.map((o) => {
    const part = { file: name, ...(o.part ? { part: o.part } : {}), description: o.description, copyOf: firstName };
    return o.status === 'refused'
      ? {
          ...part,
          status: 'refused' as const,
          messages: [message('file.copy-of-refused', { file: name }, { other: firstName })],
        }
      : { ...part, status: 'already-imported' as const, messages: [], importedAt: o.importedAt ?? now.toISOString() };
  });
}

async function* parseHere(files: readonly FileToParse[], context: Context): AsyncGenerator<PooledParse<ParsedFile>> {
  for (const item of files) yield { ...item, parsed: await parseSource(item.source, context) };
}

/** Refused returns are stored in batches of this many, or fewer with many messages (issue 17). */
const REFUSALS_PER_BATCH = 2_000;
const MESSAGES_PER_BATCH = 50_000;

async function importParsed(
  store: Store,
  source: SourceFile,
  parsed: ParsedFile,
  context: ValidationContext,
  options: ImportOptions,
): Promise<ReturnOutcome[]> {
  const at = options.now();
  const refusedWhole = hasErrors(parsed.fileMessages) || parsed.returns.length === 0;
  // Which returns the file holds, recorded with the first of them stored (issue 11). A file refused
  // whole holds none that could be accepted: it is parsed again each time, as it was.
  let partsToRecord = refusedWhole ? undefined : parsed.returns.map((r) => r.identity.part ?? '');
  const takeParts = () => {
    const parts = partsToRecord;
    partsToRecord = undefined;
    return parts;
  };
  const accepted = new Map((await acceptedParts(store, source.sha256)).map((r) => [r.part, r.imported_at]));
  const outcomes: ReturnOutcome[] = [];
  // Refusals wait in a batch, stored in one transaction before the next accepted return and at the end.
  const refusals: { ret: ValidatedReturn; at: number }[] = [];
  let refusalMessages = 0;
  const storeWaitingRefusals = async () => {
    if (refusals.length === 0) return;
    const batch = refusals.splice(0);
    refusalMessages = 0;
    const stored = await storeRefusals(
      store,
      source,
      batch.map((r) => r.ret),
      at,
      takeParts(),
    );
    for (const [i, { at: index }] of batch.entries()) outcomes[index] = settled(outcomes[index]!, stored[i]!);
  };
  const storeOne = async (ret: ValidatedReturn, description: string, part?: string) => {
    const outcome: ReturnOutcome = {
      file: source.name,
      ...(part ? { part } : {}),
      status: ret.status,
      description,
      messages: ret.messages,
    };
    outcomes.push(outcome);
    if (options.dryRun) return;
    if (ret.status === 'refused') {
      refusals.push({ ret, at: outcomes.length - 1 });
      refusalMessages += ret.messages.length;
      if (refusals.length >= REFUSALS_PER_BATCH || refusalMessages >= MESSAGES_PER_BATCH) await storeWaitingRefusals();
      return;
    }
    await storeWaitingRefusals();
    outcomes[outcomes.length - 1] = settled(outcome, await storeReturn(store, source, ret, at, takeParts()));
  };

  if (refusedWhole) {
    const refusal: ValidatedReturn = {
      status: 'refused',
      identity: { kind: 'unknown', file: source.name },
      messages: parsed.fileMessages,
    };
    await storeOne(refusal, '');
    await storeWaitingRefusals();
    return outcomes;
  }
  for (const normalised of parsed.returns) {
    const part = normalised.identity.part ?? '';
    const importedAt = accepted.get(part);
    if (importedAt !== undefined) {
      outcomes.push({
        file: source.name,
        ...(part ? { part } : {}),
        status: 'already-imported',
        description: describeReturn(normalised),
        messages: [],
        importedAt,
      });
      continue;
    }
    normalised.messages.unshift(...parsed.fileMessages);
    const validated = validateReturn(normalised, context);
    await storeOne(validated, describeReturn(validated), part || undefined);
    // A return another import stored meanwhile is that import's to record, not this one's.
    const stored = outcomes.at(-1)!.status === 'accepted' && !options.dryRun;
    if (stored && validated.status === 'accepted' && validated.identity.kind !== 'unknown')
      context.histories?.[validated.identity.kind].record(validated);
  }
  await storeWaitingRefusals();
  // No return stored: each was accepted before, by another import meanwhile or by a store of before
  // issue 11, which did not record parts. Recorded now, so the file is not parsed again next time.
  const parts = takeParts();
  if (parts && !options.dryRun) await recordFileParts(store, source, parts);
  return outcomes;
}

/** What the store made of a return: stored (superseding another), or stored already by another import. */
function settled(outcome: ReturnOutcome, stored: StoredReturn | AlreadyStored): ReturnOutcome {
  // Another import of the same file stored this part since this one looked (issue 11).
  if ('alreadyStored' in stored)
    return { ...outcome, status: 'already-imported', messages: [], importedAt: stored.alreadyStored.importedAt };
  return {
    ...outcome,
    returnId: stored.returnId,
    ...(stored.superseded ? { supersededReturnId: stored.superseded } : {}),
    ...(stored.answersLeftBehind ? { answersLeftBehind: stored.answersLeftBehind } : {}),
  };
}
