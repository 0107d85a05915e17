// Where an import's time goes: the stages of importReturns called directly, one file at a time,
// each timed on its own: (1) read bytes + sha256, (2) look up the sha256 in the store, (3) parse
// (parseSource: read, locate, normalise), (4) validate, (5) store (one durable transaction each).
// The parse and store stages are split further by timing their parts again on the same file:
// the zip pre-check, exceljs, locate, normalise; and the store into a second store with
// synchronous=OFF. CPU time includes V8's GC threads, so GC lands on whichever part triggers it.
import { shippedContext } from '../domain/context.js';
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { findFiles } from '../ingest/find-files.js';
import { parseSource } from '../returns/parse-source.js';
import { locateWorkbook } from '../ingest/locate/locate-sheet-return.js';
import { normalisePredictions } from '../returns/predictions/normalise-predictions.js';
import { readSource } from '../ingest/read/reader.js';
import { sourceFile } from '../ingest/read/source-file.js';
import { checkZip } from '../ingest/read/zip-precheck.js';
import { storeReturn } from '../store/store-return.js';
import { registerOf } from '../domain/register.js';
import { loadHistories, validateReturn, type ValidationContext } from '../returns/validate-return.js';
import type { Store } from '../store/open-store.js';
import { setSynchronousOff } from '../store/pragmas.js';
import { loadSchools } from '../store/queries/register.js';
import { returnsOfFile } from '../store/queries/returns.js';
import { StageClock } from './measure-step.js';

/** A stage's totals over all files, in milliseconds; `within` names the stage it is part of. */
export interface StageFigure {
  stage: string;
  /** Wall-clock. */
  ms: number;
  /** CPU time (user + system) of this process: unlike wall time, barely moved by other load. */
  cpuMs: number;
  within?: string;
}

export interface Breakdown {
  files: number;
  stages: StageFigure[];
  accepted: number;
}

const IMPORTED_AT = new Date(Date.UTC(2014, 11, 1));

export async function stageBreakdown(
  returnsDir: string,
  openStore: (name: string) => Promise<Store>,
): Promise<Breakdown> {
  const clock = new StageClock();
  const shipped = shippedContext(() => IMPORTED_AT);
  const store = await openStore('breakdown.sqlite');
  const { files, context } = await clock.time('find files, load register', async () => ({
    files: (await findFiles([returnsDir])).files,
    // Built as importReturns builds it.
    context: {
      ...shipped,
      register: registerOf(await loadSchools(store)),
      histories: await loadHistories(store, shipped),
    } satisfies ValidationContext,
  }));
  // The same returns stored again without waiting for the disk: the store stage's SQL alone.
  const fast = await openStore('breakdown-sync-off.sqlite');
  await setSynchronousOff(fast);
  let accepted = 0;
  for (const file of files) {
    const source = await clock.time('read bytes + sha256', async () => {
      const bytes = await clock.time('read bytes', () => readFile(file.path));
      return clock.time('sha256', () => sourceFile(file.path, file.name, bytes));
    });
    await clock.time('look up sha256 in store', () => returnsOfFile(store, source.sha256));
    const parsed = await clock.time('parse (parseSource)', () => parseSource(source, shipped));
    // The parse split, timed again on the same file straight after so JIT warm-up weighs on all
    // alike, each part measured directly: the zip pre-check; readSource (sniff, pre-check, exceljs
    // load, cells to RawSheet); locate and normalise as parseSource calls them (xlsx predictions);
    // and a floor for any xlsx reader (inflate every part, find the sheet's cells with a regex).
    await clock.time('zip pre-check (fflate)', () => checkZip(source.bytes));
    const read = await clock.time('readSource (exceljs)', () => readSource(source));
    if (read.ok && read.book.format === 'xlsx') {
      const located = await clock.time('locate', () => locateWorkbook(read.book, source.name));
      await clock.time('normalise', () => located.returns.map((r) => normalisePredictions(r, shipped)));
    }
    await clock.time(
      'unzip + regex cell scan',
      () => strFromU8(unzipSync(source.bytes)['xl/worksheets/sheet1.xml']!).match(/<c [^>]*>(.*?)<\/c>/g)?.length ?? 0,
    );
    for (const normalised of parsed.returns) {
      const ret = await clock.time('validate', () => validateReturn(normalised, context));
      await clock.time('store (synchronous=FULL)', () => storeReturn(store, source, ret, IMPORTED_AT));
      await clock.time('store (synchronous=OFF)', () => storeReturn(fast, source, ret, IMPORTED_AT));
      if (ret.status === 'accepted') accepted++;
    }
  }
  await store.close();
  await fast.close();

  const figures = (timer: string, less?: string) => ({
    ms: clock.ms(timer) - (less ? clock.ms(less) : 0),
    cpuMs: clock.cpuMs(timer) - (less ? clock.cpuMs(less) : 0),
  });
  // [row shown, clock timer, timer to subtract, the stage it is part of]
  const rows: [string, string, string?, StageFigure['within']?][] = [
    ['find files, load register', 'find files, load register'],
    ['read bytes + sha256', 'read bytes + sha256'],
    ['read bytes (readFile)', 'read bytes', undefined, 'read'],
    ['sha256', 'sha256', undefined, 'read'],
    ['look up sha256 in store', 'look up sha256 in store'],
    ['parse (parseSource)', 'parse (parseSource)'],
    ['zip pre-check (fflate)', 'zip pre-check (fflate)', undefined, 'parse'],
    ['exceljs load + cells', 'readSource (exceljs)', 'zip pre-check (fflate)', 'parse'],
    ['locate', 'locate', undefined, 'parse'],
    ['normalise', 'normalise', undefined, 'parse'],
    ['validate', 'validate'],
    ['store (synchronous=FULL)', 'store (synchronous=FULL)'],
    ['SQL work (same, sync=OFF)', 'store (synchronous=OFF)', undefined, 'store'],
    ['waiting for fsync', 'store (synchronous=FULL)', 'store (synchronous=OFF)', 'store'],
    ['unzip + regex cell scan', 'unzip + regex cell scan', undefined, 'floor'],
  ];
  const stages: StageFigure[] = rows.map(([stage, timer, less, within]) => ({
    stage,
    ...figures(timer, less),
    ...(within ? { within } : {}),
  }));
  return { files: files.length, stages, accepted };
}
