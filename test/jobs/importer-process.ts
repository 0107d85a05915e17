// The import alone in a process of its own, loaded ahead and started on a word, for the crash test
// (issue 11, item 4): a kill costs a process start, so the start must be cheap and out of the way.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, watched, type CliProcess } from './import-processes.js';

/** An import in a process of its own that has loaded and waits: `go()` starts it. */
export interface Importer extends CliProcess {
  /** Settles once the process has loaded its modules (or has ended). */
  ready: Promise<void>;
  go(): void;
}

/**
 * The import of `paths` into the store at `db`, from a small entry script (import-entry.ts) that loads
 * only what an import needs, as JavaScript built by buildImporter or as TypeScript through tsx.
 */
export function startImporter(entry: string, db: string, paths: readonly string[]): Importer {
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...loader, entry, db, ...paths], {
    cwd: ROOT,
    env: { ...process.env, TZ: 'UTC' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve) => {
    child.stdout!.on('data', (b: Buffer) => b.toString('utf8').includes('ready') && resolve());
    child.on('close', () => resolve());
  });
  // A write to a process killed meanwhile fails; that is the test's to see in how it ended.
  child.stdin!.on('error', () => {});
  return { ...watched(child), ready, go: () => child.stdin!.write('go\n') };
}

/** The entry script built, with what it loads, into a folder of its own; `remove` deletes the folder. */
export interface BuiltImporter {
  entry: string;
  remove(): Promise<void>;
}

/**
 * Builds import-entry.ts and the modules it loads (not type-checked: `npm run lint` does that) into a
 * temporary folder, never the shared dist/. Measured here: the build takes 1.7 s, and the built
 * entry starts in 0.9 s, against 1.8 s through tsx and 2.2 s for the whole command line built; a
 * test that starts a process for each of 24 kills saves the build many times over.
 */
export async function buildImporter(): Promise<BuiltImporter> {
  const dir = await mkdtemp(join(tmpdir(), 'sr-importer-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  // Packages resolve from the folder the built files are in, up: node_modules is linked beside them.
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const config = {
    extends: join(ROOT, 'tsconfig.json'),
    compilerOptions: { outDir: join(dir, 'out'), rootDir: ROOT, noCheck: true, sourceMap: false },
    include: [],
    // The parse worker is started by its path, not imported: named, or it would not be built.
    files: [join(ROOT, 'test/jobs/import-entry.ts'), join(ROOT, 'src/returns/parse-worker.ts')],
  };
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(config));
  try {
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')]);
  } catch (error) {
    await remove();
    throw error;
  }
  return { entry: join(dir, 'out/test/jobs/import-entry.js'), remove };
}

const run = promisify(execFile);
