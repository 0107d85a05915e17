// `npm run demo`: the main job on the fixture city, from a fresh store, through the same
// commands a person types, each printed before it runs. Reports go to reports/.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../cli/main.js';
import { processIO } from '../cli/cli-io.js';
import { demoSteps } from './demo-steps.js';
import { openSqliteStore, type Store } from '../store/open-store.js';

const STORE = join('reports', 'demo.sqlite');

async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(STORE);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function main(): Promise<number> {
  const io = processIO();
  await rm(STORE, { force: true });
  await rm(`${STORE}-wal`, { force: true });
  await rm(`${STORE}-shm`, { force: true });
  for (const step of demoSteps) {
    const args = typeof step.args === 'function' ? await withStore(step.args) : step.args;
    if (step.note) io.out(`\n# ${step.note}`);
    io.out(`${step.note ? '' : '\n'}$ school-returns ${args.map((a) => (/[\s']/.test(a) ? `'${a}'` : a)).join(' ')}`);
    const code = await runCli([...args, '--db', STORE], io);
    if (code !== (step.expectExit ?? 0)) {
      io.err(`demo: the step above exited ${code}, expected ${step.expectExit ?? 0}`);
      return 1;
    }
  }
  io.out(`\nDone: the store is ${STORE}; the reports are in reports/.`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
