// `npm run demo`: the main job on the fixture city, from a fresh store, through the same
// commands a person types, each printed before it runs. Reports go to reports/.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../cli/main.js';
import { processIO } from '../cli/cli-io.js';
import { demoSteps } from './demo-steps.js';

const STORE = join('reports', 'demo.sqlite');

async function main(): Promise<number> {
  const io = processIO();
  await rm(STORE, { force: true });
  await rm(`${STORE}-wal`, { force: true });
  await rm(`${STORE}-shm`, { force: true });
  for (const step of demoSteps) {
    io.out(`\n$ school-returns ${step.args.map((a) => (/[\s']/.test(a) ? `'${a}'` : a)).join(' ')}`);
    if (step.note) io.out(`# ${step.note}`);
    const code = await runCli([...step.args, '--db', STORE], io);
    if (code !== (step.expectExit ?? 0)) {
      io.err(`demo: the step above exited ${code}, expected ${step.expectExit ?? 0}`);
      return 1;
    }
  }
  io.out(`\nDone: the store is ${STORE}; the reports are in reports/.`);
  return 0;
}

main().then((code) => { process.exitCode = code; });
