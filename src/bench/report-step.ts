// Runs the published report step in a child process (report-child.ts) with a time limit, so a
// slow disclosure audit is reported as "did not finish" rather than holding the bench for hours.
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { StepFigures } from './measure-step.js';
import type { ReportJob, ReportReply } from './report-child.js';

export type ReportStep = ({ finished: true } & ReportReply) | { finished: false; figures: StepFigures };

const here = import.meta.url;
// From the TypeScript sources the child runs through tsx; from the build, as JavaScript.
const childPath = fileURLToPath(new URL(here.endsWith('.ts') ? './report-child.ts' : './report-child.js', here));
const execArgv = ['--expose-gc', ...(here.endsWith('.ts') ? ['--import', 'tsx'] : [])];

export function runReportStep(job: ReportJob, limitSeconds: number): Promise<ReportStep> {
  return new Promise((resolve, reject) => {
    const child = fork(childPath, [], {
      execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      child.kill('SIGKILL');
      const unknown = {
        peakRssMb: NaN,
        peakHeapMb: NaN,
        peakChildrenRssMb: NaN,
        cpuSeconds: NaN,
        childrenCpuSeconds: NaN,
      };
      resolve({
        finished: false,
        figures: {
          step: job.step,
          files: job.files,
          seconds: limitSeconds,
          ...unknown,
          load: loadavg()[0]!,
          samples: 0,
          timedOut: true,
        },
      });
    }, limitSeconds * 1000);
    child.once('message', (reply: ReportReply) => {
      settled = true;
      clearTimeout(timer);
      resolve({ finished: true, ...reply });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!settled) reject(new Error(`the report child exited with ${code} before it replied`));
    });
    child.send(job);
  });
}
