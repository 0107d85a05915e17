// The command line in child processes of its own, on a store of the fixture city: real processes
// on one SQLite file, so the locks, races and kills the tests meet are SQLite's and the kernel's
// (issue 11). A CLI process takes about 4 s to start through tsx here, most of it loading modules.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importRegister } from '../../src/reference/import-register.js';
import { sourceFile } from '../../src/ingest/read/source-file.js';
import { parseBytes } from '../support/pipeline.js';
import { emptyStore, type TempStore } from '../support/temp-store.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string[];
  err: string[];
}

export interface CliProcess {
  child: ChildProcess;
  finished: Promise<Finished>;
}

/** `school-returns ...args` from the TypeScript sources, in a process of its own. */
export function startCli(args: readonly string[]): CliProcess {
  return watched(
    spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'UTC' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** A child process with its output collected, and a promise of how it ended. */
export function watched(child: ChildProcess): CliProcess {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (b: Buffer) => out.push(b));
  child.stderr!.on('data', (b: Buffer) => err.push(b));
  const lines = (bs: Buffer[]) => Buffer.concat(bs).toString('utf8').split('\n').filter(Boolean);
  const finished = new Promise<Finished>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, out: lines(out), err: lines(err) })),
  );
  return { child, finished };
}

const attendance = (year: string, term: string) => `fixtures/attendance/${year}/attendance-${year}-${term}.csv`;
/** The three attendance CSVs of 2013/14: 143 returns of 47 and 48 schools, every one accepted. */
export const ACCEPTED_CSVS = ['autumn', 'spring', 'summer'].map((term) => attendance('2013-14', term));
/** 142 returns, one of them refused (fixtures/README.md): URN 110017's of 2014/15 Spring. */
export const CSVS_WITH_A_REFUSAL = [...ACCEPTED_CSVS.slice(0, 2), attendance('2014-15', 'spring')];
export const REFUSED_PART = 'URN 110017, 2014/15 Spring';

const proformas = (folder: string, names: readonly string[]) =>
  names.map((n) => `fixtures/proformas/2014-15/${folder}/${n}`);
const KS2_AUTUMN = readdirSync(join(ROOT, 'fixtures/proformas/2014-15/KS2-Autumn')).sort();
/**
 * 29 proformas of 2014/15 KS2, one return each, all accepted (some with queries), and 6 files to be
 * refused: 3 refused whole (not a workbook) and 3 whose one return is refused (fixtures/README.md).
 */
export const WORKBOOKS_WITH_REFUSALS = [
  ...proformas('KS2-Autumn', KS2_AUTUMN),
  ...proformas('refused', ['truncated.xlsx', 'csv-renamed.xlsx', 'password-protected.xlsx']),
  ...proformas('refused', ['count-above-cohort.xlsx', 'negative-count.xlsx', 'urn-not-in-register.xlsx']),
];

/** A part of a file, as the file holds it: how many groups and values its return should have. */
export interface ExpectedPart {
  /** As the import names it: the path of the file in the folder given. */
  file: string;
  sha256: string;
  part: string;
  groups: number;
  values: number;
}

export interface CityStore extends TempStore {
  /** The store, for the child processes' --db: its file, or its postgres:// URL. */
  path: string;
  /** A folder holding the files, under their own names. */
  folder: string;
  /** Every return of those files, parsed here: none for a file refused whole. */
  parts: ExpectedPart[];
}

/** A new store of the fixture city's register, and a folder of returns (bulk CSVs, workbooks) to import into it. */
export async function cityStore(files: readonly string[] = ACCEPTED_CSVS): Promise<CityStore> {
  const store = await emptyStore();
  const imported = await importRegister(store, join(ROOT, 'fixtures/register/edubasealldata.csv'), ['874']);
  if (imported.refused) throw new Error('the fixture register was refused');
  const folder = join(store.dir, 'returns');
  await mkdir(folder);
  const parts: ExpectedPart[] = [];
  for (const file of files) {
    const name = file.split('/').pop()!;
    await copyFile(join(ROOT, file), join(folder, name));
    const bytes = await readFile(join(folder, name));
    const { sha256 } = sourceFile(name, name, bytes);
    for (const r of (await parseBytes(name, bytes)).returns) {
      const values = r.groups.reduce((n, g) => n + g.values.length, 0);
      parts.push({ file: join(folder, name), sha256, part: r.identity.part ?? '', groups: r.groups.length, values });
    }
  }
  return { ...store, path: store.location, folder, parts };
}

/** How many returns (accepted or refused) the store holds now. */
export async function returnCount(store: TempStore): Promise<number> {
  const row = await store.db
    .selectFrom('returns')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Waits until `ready()` holds or the process ends, looking every few milliseconds. */
export async function until(ready: () => Promise<boolean>, run: CliProcess): Promise<void> {
  let ended = false;
  void run.finished.then(() => (ended = true));
  while (!ended && !(await ready())) await new Promise((resolve) => setTimeout(resolve, 3));
}

/** A seeded generator (mulberry32): a failing run can be repeated from the seed its test names. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
