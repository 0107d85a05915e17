// The safety net under every refactor: the demo, run from a fresh store through the same
// commands `npm run demo` types, must write exactly the outputs under test/golden/demo/ (every
// csv and md, each xlsx sheet's cells, the HTML's visible text, and what each command printed).
// Regenerate them only with `npm run golden:update`, and review the diff in the commit.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/main.js';
import { demoSteps } from '../../src/demo/demo-steps.js';
import { openStore } from '../../src/store/store-location.js';
import { removeTestDir, tempDir, testStoreLocation } from '../support/temp-store.js';
import { outputText } from './output-text.js';

const GOLDEN = join('test', 'golden', 'demo');
const UPDATE = process.env.GOLDEN_UPDATE === '1';
// Pictures are checked by the chart tests; the store is not an output.
const COMPARED = /\.(csv|md|xlsx|html)$/;

let dir = '';
const outputs = new Map<string, string>();

async function runDemo(): Promise<void> {
  // demo.sqlite in the folder; a schema on the test server under npm run test:pg (test/golden there).
  const store = await testStoreLocation(dir);
  const printed: string[] = [];
  const io: CliIO = {
    out: (line) => printed.push(line),
    err: (line) => printed.push(`stderr: ${line}`),
    env: {},
    now: () => new Date('2026-11-22T09:00:00Z'),
    interactive: false,
  };
  const inDir = (a: string) => (a.startsWith('reports/') ? join(dir, a) : a);
  for (const step of demoSteps) {
    let args = step.args;
    if (typeof args === 'function') {
      const opened = await openStore(store);
      try {
        args = await args(opened);
      } finally {
        await opened.close();
      }
    }
    printed.push(`$ school-returns ${args.join(' ')}`);
    const code = await runCli([...args.map(inDir), '--db', store], io);
    printed.push(`exit ${code}`);
  }
  outputs.set('console.txt', printed.join('\n').replaceAll(`${dir}/`, '') + '\n');
  for (const path of await filesUnder(join(dir, 'reports'))) {
    if (!COMPARED.test(path)) continue;
    const name = relative(join(dir, 'reports'), path) + (/\.(xlsx|html)$/.test(path) ? '.txt' : '');
    outputs.set(name, (await outputText(path)).replaceAll(`${dir}/`, ''));
  }
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The first line where two texts part, with the lines either side, or undefined if equal. */
function firstDifference(expected: string, actual: string): string | undefined {
  if (expected === actual) return undefined;
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i += 1;
  return `line ${i + 1}:\n  golden: ${e[i] ?? '(end of file)'}\n  now:    ${a[i] ?? '(end of file)'}`;
}

beforeAll(async () => {
  dir = await tempDir('sr-golden-');
  await runDemo();
  if (UPDATE) {
    await rm(GOLDEN, { recursive: true, force: true });
    for (const [name, text] of outputs) {
      await mkdir(dirname(join(GOLDEN, name)), { recursive: true });
      await writeFile(join(GOLDEN, name), text);
    }
  }
}, 240_000);

afterAll(async () => {
  if (dir) await removeTestDir(dir);
});

describe('the demo writes its golden outputs', () => {
  it('writes exactly the files under test/golden/demo', async () => {
    const golden = (await filesUnder(GOLDEN)).map((p) => relative(GOLDEN, p));
    expect([...outputs.keys()].sort()).toEqual(golden);
  });

  it('writes every output byte for byte as the golden copy', async () => {
    const differences: string[] = [];
    for (const [name, text] of outputs) {
      const golden = await readFile(join(GOLDEN, name), 'utf8').catch(() => '');
      const difference = firstDifference(golden, text);
      if (difference) differences.push(`${name} differs from test/golden/demo/${name} at ${difference}`);
    }
    expect(differences, 'run `npm run golden:update` only for an intended change').toEqual([]);
  });
});
