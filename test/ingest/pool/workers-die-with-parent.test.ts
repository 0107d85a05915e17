// Issue 11, item 1: a parse worker ends when the import that started it is killed (SIGKILL, so the
// import can do nothing about it). Before, a worker went on parsing what it had been sent, with
// nobody left to read its result or to stop it at the time limit.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp-store.js';
import { wideCsv } from '../../support/proforma-csv.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A process's parent and state from /proc (Linux), or undefined once it is gone. */
function procStat(pid: number): { ppid: number; state: string } | undefined {
  try {
    const after = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { state: after[0]!, ppid: Number(after[1]) };
  } catch {
    return undefined;
  }
}
const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};
// The parse workers only: tsx may start a child of its own (esbuild's service) beside them.
const workersOf = (pid: number) =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((p) => procStat(p)?.ppid === pid && commandOf(p).includes('parse-worker'));
const alive = (pid: number) => ![undefined, 'Z', 'X'].includes(procStat(pid)?.state);

describe('parseInPool: the import killed', () => {
  it('ends its workers, even one busy with a long file', async () => {
    const dir = await tempDir();
    const small = join(dir, 'small.csv');
    // 19,000 schools' returns in one CSV (95,001 lines, under the cap of 100,000): seconds of parsing in one synchronous stretch, during which
    // a worker hears nothing from its event loop (not even that its parent's channel closed).
    const big = join(dir, 'big.csv');
    await writeFile(small, wideCsv([{ urn: '110001' }]));
    await writeFile(big, wideCsv(Array.from({ length: 19_000 }, (_, i) => ({ urn: String(200_000 + i) }))));
    const parent = spawn(process.execPath, ['--import', 'tsx', 'test/ingest/pool/pool-parent.ts', small, big], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let workers: number[] = [];
    try {
      await new Promise<void>((resolve) =>
        parent.stdout.on('data', (b: Buffer) => {
          if (b.toString().includes('parsed small.csv')) resolve();
        }),
      );
      workers = workersOf(parent.pid!);
      expect(workers).toHaveLength(1);
      parent.kill('SIGKILL');
      const deadline = Date.now() + 3_000;
      while (workers.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(workers.filter(alive)).toEqual([]);
    } finally {
      for (const pid of [parent.pid!, ...workers].filter(alive)) process.kill(pid, 'SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
