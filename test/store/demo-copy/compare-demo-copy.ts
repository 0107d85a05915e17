// Issue 15, done when: "`store copy` of the demo store into PostgreSQL gives byte-identical reports from
// both". Too slow for the suite (the demo's imports, then every report twice, one set from a server):
//   SCHOOL_RETURNS_TEST_PG=postgres://… npx tsx test/store/demo-copy/compare-demo-copy.ts
// (1) runs the demo's steps into an SQLite store in a temporary folder, (2) copies it into a new schema
// on the server, (3) runs every step that only reads (the reports, charts, status, audit, challenge
// list) against each store, its outputs in a folder of its own, (4) compares what each printed and
// every file each wrote, byte for byte (a workbook by its sheets' cells: its zip holds the clock's
// time), and prints the differences (none: exit 0). KEEP=1 keeps the folder, to read them.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CliIO } from '../../../src/cli/cli-io.js';
import { runCli } from '../../../src/cli/main.js';
import { demoSteps } from '../../../src/demo/demo-steps.js';
import { openStore } from '../../../src/store/store-location.js';
import { outputText } from '../../golden/output-text.js';
import { newStoreLocation, TEST_PG, tempDir } from '../../support/temp-store.js';

const WRITES = new Set(['register', 'groups', 'comparators', 'targets', 'import', 'challenge']);
const readOnly = (args: readonly string[]) => !WRITES.has(args[0]!) || args[1] === 'list';

/** Runs one command on the store `db` (none: the command names its stores), writing reports under `out`. */
async function run(args: string[], db: string | undefined, out: string, printed: string[]): Promise<number> {
  const io: CliIO = {
    out: (line) => printed.push(line),
    err: (line) => printed.push(`stderr: ${line}`),
    env: {},
    now: () => new Date('2026-11-22T09:00:00Z'),
    interactive: false,
  };
  const inDir = (a: string) => (a.startsWith('reports/') ? join(out, a) : a);
  return runCli([...args.map(inDir), ...(db ? ['--db', db] : [])], io);
}

async function files(root: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const found = new Map<string, Buffer>();
  for (const e of entries.filter((e) => e.isFile())) {
    const path = join(e.parentPath, e.name);
    const bytes = path.endsWith('.xlsx') ? Buffer.from(await outputText(path)) : await readFile(path);
    found.set(relative(root, path), bytes);
  }
  return found;
}

async function main(): Promise<number> {
  if (!TEST_PG) throw new Error('SCHOOL_RETURNS_TEST_PG names no PostgreSQL database');
  const dir = await tempDir('sr-demo-copy-');
  const sqlite = join(dir, 'demo.sqlite');
  const pg = await newStoreLocation(dir);
  try {
    const started = performance.now();
    const reads: string[][] = [];
    for (const step of demoSteps) {
      let args = step.args;
      if (typeof args === 'function') {
        const opened = await openStore(sqlite);
        args = await args(opened).finally(() => opened.close());
      }
      const code = await run(args, sqlite, join(dir, 'demo'), []);
      if (code > 1) throw new Error(`${args.join(' ')}: exit ${code}`);
      if (readOnly(args)) reads.push(args);
    }
    const copied: string[] = [];
    const copy = await run(['store', 'copy', '--from', sqlite, '--to', pg.location], undefined, dir, copied);
    if (copy !== 0) throw new Error(`store copy: exit ${copy}: ${copied.join('\n')}`);
    console.log(`demo and copy: ${((performance.now() - started) / 1000).toFixed(0)} s; ${copied.at(-1)}`);
    const outputs: Record<string, { printed: string[]; seconds: number }> = {};
    for (const [name, db] of [
      ['sqlite', sqlite],
      ['postgres', pg.location],
    ] as const) {
      const printed: string[] = [];
      const at = performance.now();
      for (const args of reads) {
        printed.push(`$ school-returns ${args.join(' ')}`);
        printed.push(`exit ${await run(args, db, join(dir, name), printed)}`);
      }
      outputs[name] = { printed: printed.map((l) => l.replaceAll(join(dir, name), 'OUT')), seconds: 0 };
      outputs[name]!.seconds = (performance.now() - at) / 1000;
    }
    const [a, b] = [await files(join(dir, 'sqlite')), await files(join(dir, 'postgres'))];
    const differences: string[] = [];
    if (outputs['sqlite']!.printed.join('\n') !== outputs['postgres']!.printed.join('\n'))
      differences.push('what the commands printed');
    for (const name of new Set([...a.keys(), ...b.keys()]))
      if (!a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0))) differences.push(name);
    console.log(
      `${reads.length} read-only steps, ${a.size} files from SQLite (${outputs['sqlite']!.seconds.toFixed(0)} s), ` +
        `${b.size} from PostgreSQL (${outputs['postgres']!.seconds.toFixed(0)} s); ` +
        `${differences.length} differ${differences.length ? `: ${differences.join(', ')}` : ''}`,
    );
    return differences.length === 0 ? 0 : 1;
  } finally {
    await pg.drop();
    if (process.env['KEEP'] === '1') console.log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
process.exit();
