// Returns written as real files beside a temporary store and imported as the command line does.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  importReturns,
  type ImportOptions,
  type ImportResult,
  type ReturnOutcome,
} from '../../src/jobs/import-returns.js';
import { IMPORTED_AT, type TempStore } from './temp-store.js';

let written = 0;

/** Writes `bytes` as `name` in a folder of its own under the store's and imports it. */
export async function importOne(
  store: TempStore,
  name: string,
  bytes: Uint8Array | string,
  options: Partial<ImportOptions> = {},
): Promise<ReturnOutcome[]> {
  const folder = join(store.dir, `in-${++written}`);
  await mkdir(folder);
  const path = join(folder, name);
  await writeFile(path, bytes);
  const result = await importReturns(store, [path], { dryRun: false, now: () => IMPORTED_AT, ...options });
  return result.outcomes;
}

/** Writes `files` into one new folder and imports the folder in one run, files in name order. */
export async function importFolder(
  store: TempStore,
  files: Record<string, Uint8Array | string>,
  options: Partial<ImportOptions> = {},
): Promise<ImportResult> {
  const folder = join(store.dir, `in-${++written}`);
  await mkdir(folder);
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(folder, name), bytes);
  return importReturns(store, [folder], { dryRun: false, now: () => IMPORTED_AT, ...options });
}
