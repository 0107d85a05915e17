// What this process's child processes use, read from Linux's /proc: process.memoryUsage() and
// process.cpuUsage() see only this process, and the import parses in children.
import { readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;
const TICKS_PER_SECOND = 100;

/** A running view of the children: call sample() often; CPU is kept for children that exited. */
export class ChildrenWatch {
  private readonly cpuMsByPid = new Map<number, number>();
  /** CPU the children already running at the start had used: not this watch's to count. */
  private readonly baseline: Map<number, number>;

  constructor() {
    this.sample();
    this.baseline = new Map(this.cpuMsByPid);
  }

  /** The children's summed resident bytes now; their CPU time is noted. 0 where /proc cannot tell. */
  sample(): number {
    let pids: number[];
    try {
      pids = readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return 0;
    }
    let rss = 0;
    for (const pid of pids) {
      try {
        rss += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
        // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        this.cpuMsByPid.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
      } catch {
        /* the child has just exited */
      }
    }
    return rss;
  }

  /** CPU milliseconds the children used since the watch began, as of their last sample. */
  cpuMs(): number {
    let total = 0;
    for (const [pid, ms] of this.cpuMsByPid) total += ms - (this.baseline.get(pid) ?? 0);
    return total;
  }
}
