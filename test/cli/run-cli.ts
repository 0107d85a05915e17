// Runs the command line in this process with its output captured, as a user would see it.
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/cli-io.js';

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

export async function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env,
    now: () => new Date('2026-11-22T09:00:00Z'),
    interactive: false,
  };
  const code = await runCli(args, io);
  return { code, out, err };
}
