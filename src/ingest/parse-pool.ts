// Parses many files on every core: a few child processes, each with a memory cap, and a kill
// timer per file (pitfalls.md: a worker thread's resourceLimits did not stop a zip bomb from
// aborting the whole process). A file that kills its worker is refused; the worker is replaced.
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { message } from '../messages/rules.js';
import type { FoundFile } from './find-files.js';
import type { ParsedFile } from './parse-source.js';
import type { ParseReply, ParseRequest } from './parse-worker.js';

/** A file read in this process, to be parsed. */
export interface FileToParse { file: FoundFile; bytes: Uint8Array }
export type PooledParse = FileToParse & { parsed: ParsedFile };

export const FILE_TIME_LIMIT_MS = 30_000;
const WORKER_HEAP_MB = 1024;
const here = import.meta.url;
// From the TypeScript sources (tests), the worker runs through tsx; from the build, as JavaScript.
const workerPath = fileURLToPath(new URL(here.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js', here));
const execArgv = [`--max-old-space-size=${WORKER_HEAP_MB}`, ...(here.endsWith('.ts') ? ['--import', 'tsx'] : [])];

/** Parses `files` in `workers` child processes, yielding results in the order of `files`. */
export async function* parseInPool(files: readonly FileToParse[], workers = Math.max(1, availableParallelism())): AsyncGenerator<PooledParse> {
  const results = new Map<number, PooledParse>();
  let wake: (() => void) | undefined;
  let next = 0;
  const settle = (index: number, result: PooledParse) => {
    results.set(index, result);
    wake?.();
  };

  const startWorker = (): void => {
    if (next >= files.length) return;
    const child: ChildProcess = fork(workerPath, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let current = -1;
    let timer: NodeJS.Timeout | undefined;
    const sendNext = () => {
      clearTimeout(timer);
      if (next >= files.length) return void child.kill();
      current = next++;
      const { file, bytes } = files[current]!;
      timer = setTimeout(() => child.kill('SIGKILL'), FILE_TIME_LIMIT_MS);
      child.send({ id: current, path: file.path, name: file.name, bytes } satisfies ParseRequest);
    };
    child.on('message', (reply: ParseReply) => {
      settle(reply.id, { ...files[reply.id]!, parsed: reply.parsed });
      current = -1;
      sendNext();
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (current >= 0) {
        const item = files[current]!;
        const m = message('file.unreadable', { file: item.file.name }, { detail: `it could not be read within ${FILE_TIME_LIMIT_MS / 1000} s and ${WORKER_HEAP_MB} MB` });
        settle(current, { ...item, parsed: { fileMessages: [m], returns: [] } });
        startWorker();
      }
    });
    sendNext();
  };

  for (let i = 0; i < Math.min(workers, files.length); i++) startWorker();
  for (let index = 0; index < files.length; index++) {
    while (!results.has(index)) await new Promise<void>((resolve) => (wake = resolve));
    const result = results.get(index)!;
    results.delete(index);
    yield result;
  }
}
