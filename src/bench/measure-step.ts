// Times one step of the bench and samples its memory every 10 ms from a timer: this process's
// resident set size and V8 heap in use, and (Linux) the summed RSS of its children, since the
// import parses in child processes whose memory process.memoryUsage() never sees. A timer only
// fires when the event loop is free, so the number of samples is reported too: few samples mean
// the step held the loop for long stretches and its true peak may be higher than the one seen.
import { loadavg } from 'node:os';
import { ChildrenWatch } from './proc-children.js';

/** One step's figures. Seconds are wall-clock; megabytes are 2^20 bytes. */
export interface StepFigures {
  step: string;
  files: number;
  seconds: number;
  peakRssMb: number;
  peakHeapMb: number;
  /** The largest summed RSS of the child processes (the parse pool) seen at one sample. */
  peakChildrenRssMb: number;
  /** CPU seconds (user + system) of this process, and of its children (sampled), in the step. */
  cpuSeconds: number;
  childrenCpuSeconds: number;
  /** The machine's one-minute load average at the end of the step: above the core count, others competed. */
  load: number;
  /** Memory samples taken during the step (one every 10 ms if the loop were always free). */
  samples: number;
  /** The step was stopped at its time limit: `seconds` is the limit, the rest unknown. */
  timedOut?: boolean;
}

const MB = 1024 * 1024;
const cpuMsNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** Runs `work` as the step `step` over `files` files, after a garbage collection when allowed. */
export async function measureStep<T>(
  step: string,
  files: number,
  work: () => Promise<T>,
): Promise<{ result: T; figures: StepFigures }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = 0;
  let peakHeap = 0;
  let peakChildren = 0;
  let samples = 0;
  const children = new ChildrenWatch();
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakChildren = Math.max(peakChildren, children.sample());
    samples++;
  };
  sample();
  const timer = setInterval(sample, 10);
  const start = performance.now();
  const cpuStart = cpuMsNow();
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (cpuMsNow() - cpuStart) / 1000;
  sample();
  return {
    result,
    figures: {
      step,
      files,
      seconds,
      peakRssMb: peakRss / MB,
      peakHeapMb: peakHeap / MB,
      peakChildrenRssMb: peakChildren / MB,
      cpuSeconds,
      childrenCpuSeconds: children.cpuMs() / 1000,
      load: loadavg()[0]!,
      samples: samples - 2,
    },
  };
}

/** A stopwatch that adds up the wall and CPU time spent in named stages across many calls. */
export class StageClock {
  private readonly wall = new Map<string, number>();
  private readonly cpu = new Map<string, number>();

  async time<T>(stage: string, work: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    const cpuStart = cpuMsNow();
    try {
      return await work();
    } finally {
      this.wall.set(stage, (this.wall.get(stage) ?? 0) + performance.now() - start);
      this.cpu.set(stage, (this.cpu.get(stage) ?? 0) + cpuMsNow() - cpuStart);
    }
  }

  /** Wall-clock milliseconds spent in `stage` so far. */
  ms(stage: string): number {
    return this.wall.get(stage) ?? 0;
  }

  /** CPU milliseconds (user + system, this process) spent in `stage` so far. */
  cpuMs(stage: string): number {
    return this.cpu.get(stage) ?? 0;
  }
}
