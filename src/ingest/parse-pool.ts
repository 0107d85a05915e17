// Parses many files on every core: a few child processes, each with a memory cap, and a kill
// timer per file (pitfalls.md: a worker thread's resourceLimits did not stop a zip bomb from
// aborting the whole process). A file that kills its worker is refused; the worker is replaced. Its
// stderr is dropped: a dying worker's V8 report is not for the person importing.
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { settings } from '../../schemas/settings.schema.js';
import type { Message } from '../messages/message.js';
import { message } from '../messages/message.js';
import type { FoundFile } from './find-files.js';
import type { SourceFile } from './read/source-file.js';

/** A file read (and hashed) in this process, to be parsed. */
export interface FileToParse {
  file: FoundFile;
  source: SourceFile;
}
export type PooledParse<Parsed> = FileToParse & { parsed: Parsed };

/** What the pool sends a worker, and what the worker sends back for it. */
export interface ParseRequest {
  id: number;
  source: SourceFile;
}
export interface ParseReply<Parsed> {
  id: number;
  parsed: Parsed;
}

/** The child process's script, and what a file that killed its worker parses to. */
export interface ParseWorker<Parsed> {
  path: string;
  failed(m: Message): Parsed;
}

/** How long one file may take and how much memory its worker may use before the file is refused. */
export interface PoolLimits {
  fileTimeMs: number;
  workerHeapMb: number;
}
/**
 * The shipped caps of schemas/settings.json (§8), for callers with no settings of their own; an import
 * passes its run's. The heap not lower: at 1024 MB V8 parsed the same files 40% slower (measured).
 */
export const POOL_LIMITS: PoolLimits = {
  fileTimeMs: settings.limits.fileTimeMs,
  workerHeapMb: settings.limits.workerHeapMb,
};
// Two files sent ahead to each worker, so it never waits for the next while this process is busy.
const IN_FLIGHT = 2;

/** Parses `files` in `workers` child processes, yielding results in the order of `files`. */
export async function* parseInPool<Parsed>(
  files: readonly FileToParse[],
  worker: ParseWorker<Parsed>,
  // One core stays with this process, which validates and stores while the workers parse.
  workers = Math.max(1, availableParallelism() - 1),
  limits: PoolLimits = POOL_LIMITS,
): AsyncGenerator<PooledParse<Parsed>> {
  // From the TypeScript sources (tests), the worker runs through tsx; from the build, as JavaScript.
  const loader = worker.path.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const execArgv = [`--max-old-space-size=${limits.workerHeapMb}`, ...loader];
  const results = new Map<number, PooledParse<Parsed>>();
  let wake: (() => void) | undefined;
  let next = 0;
  const settle = (index: number, result: PooledParse<Parsed>) => {
    results.set(index, result);
    wake?.();
  };

  // Files a dead worker had been sent after the one that killed it, to go to its replacement.
  const resend: number[] = [];
  const take = () => resend.shift() ?? (next < files.length ? next++ : undefined);

  const live = new Set<ChildProcess>();
  const startWorker = (): void => {
    if (next >= files.length && resend.length === 0) return;
    const child: ChildProcess = fork(worker.path, [], {
      execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    live.add(child);
    // A send to a worker that has just died fails here; 'close' below re-sends what it held.
    child.on('error', () => {});
    // Sent and not yet answered, in the order the worker parses them; the first is being parsed.
    const inFlight: number[] = [];
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const timeFirst = () => {
      clearTimeout(timer);
      if (inFlight.length > 0)
        timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, limits.fileTimeMs);
    };
    const fill = () => {
      if (!child.connected) return;
      for (
        let index = inFlight.length < IN_FLIGHT ? take() : undefined;
        index !== undefined;
        index = inFlight.length < IN_FLIGHT ? take() : undefined
      ) {
        inFlight.push(index);
        child.send({ id: index, source: files[index]!.source } satisfies ParseRequest);
        if (inFlight.length === 1) timeFirst();
      }
      if (inFlight.length === 0) child.kill();
    };
    child.on('message', (reply: ParseReply<Parsed>) => {
      inFlight.shift();
      timeFirst();
      settle(reply.id, { ...files[reply.id]!, parsed: reply.parsed });
      fill();
    });
    // 'close', not 'exit': by then every reply the worker sent has been delivered.
    child.on('close', (code: number | null, signal: NodeJS.Signals | null) => {
      live.delete(child);
      clearTimeout(timer);
      const culprit = inFlight.shift();
      if (culprit === undefined) return;
      resend.push(...inFlight);
      const item = files[culprit]!;
      // V8 aborts (SIGABRT, 134) when the heap limit is reached; anything else is our fault.
      const outOfMemory = signal === 'SIGABRT' || code === 134;
      const m = timedOut
        ? message('file.too-slow', { file: item.file.name }, { seconds: limits.fileTimeMs / 1000 })
        : outOfMemory
          ? message('file.too-much-memory', { file: item.file.name }, { megabytes: limits.workerHeapMb })
          : message(
              'file.reader-fault',
              { file: item.file.name },
              { detail: `its reader stopped with ${signal ?? `exit code ${code}`}` },
            );
      settle(culprit, { ...item, parsed: worker.failed(m) });
      startWorker();
    });
    fill();
  };

  for (let i = 0; i < Math.min(workers, files.length); i++) startWorker();
  try {
    for (let index = 0; index < files.length; index++) {
      while (!results.has(index)) await new Promise<void>((resolve) => (wake = resolve));
      const result = results.get(index)!;
      results.delete(index);
      yield result;
    }
  } finally {
    // The caller may stop early (its store failed): the workers must not parse on without it.
    next = files.length;
    resend.length = 0;
    for (const child of live) child.kill('SIGKILL');
  }
}

// On a thread of its own, so it runs while the worker's thread is busy in one long synchronous parse
// (a 10 MB CSV is 13 s of it). Orphaned, a process is adopted (by init or a subreaper): its parent's pid changes.
const WATCH_PARENT = `
const { workerData: parent } = require('node:worker_threads');
setInterval(() => { if (process.ppid !== parent) process.kill(process.pid, 'SIGKILL'); }, 200);
`;

/**
 * Called first by a worker's script: the worker ends when the process that started it does, even one
 * killed (SIGKILL) that could not kill its workers (issue 11: orphans parsed on, with nobody to read
 * their results or stop them at the time limit). The channel closing says so to a worker that is
 * waiting; the watch on another thread, to one that is parsing.
 */
export function exitWithParent(): void {
  process.on('disconnect', () => process.exit(0));
  new Worker(WATCH_PARENT, { eval: true, workerData: process.ppid, execArgv: [] }).unref();
}
