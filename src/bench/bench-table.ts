// The bench's tables as lines of text: the run-bench command prints them.
import type { Breakdown } from './stage-breakdown.js';
import type { StepFigures } from './measure-step.js';

function table(head: string[], rows: (string | number)[][], rightFrom = 1): string[] {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((v, c) => (c >= rightFrom ? v.padStart(widths[c]!) : v.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
}

export function stepsTable(steps: readonly StepFigures[]): string[] {
  const n = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
  return table(
    [
      'step',
      'files',
      'seconds',
      'files/second',
      'peak RSS MB',
      'peak heap MB',
      'children RSS MB',
      'CPU s',
      'children CPU s',
      'load',
      'samples',
    ],
    steps.map((s) => [
      s.step,
      s.files,
      `${s.timedOut ? '> ' : ''}${s.seconds.toFixed(2)}`,
      `${s.timedOut ? '< ' : ''}${n(s.files / s.seconds, s.files / s.seconds < 10 ? 1 : 0)}`,
      n(s.peakRssMb),
      n(s.peakHeapMb),
      n(s.peakChildrenRssMb),
      n(s.cpuSeconds, 2),
      n(s.childrenCpuSeconds, 2),
      s.load.toFixed(1),
      s.samples,
    ]),
  );
}

export function breakdownTable(b: Breakdown): string[] {
  const top = (key: 'ms' | 'cpuMs') => b.stages.filter((s) => !s.within).reduce((n, s) => n + s[key], 0);
  const [wall, cpu] = [top('ms'), top('cpuMs')];
  return [
    ...table(
      ['stage', 'seconds', 'ms/file', 'CPU ms/file', 'share of CPU'],
      b.stages.map((s) => [
        s.within ? `  ${s.within === 'floor' ? '(floor for any xlsx reader) ' : ''}${s.stage}` : s.stage,
        (s.ms / 1000).toFixed(2),
        (s.ms / b.files).toFixed(3),
        (s.cpuMs / b.files).toFixed(3),
        s.within === 'floor' ? '' : `${((100 * s.cpuMs) / cpu).toFixed(1)}%`,
      ]),
    ),
    `sum of the stages: ${(wall / 1000).toFixed(2)} s wall, ` +
      `${(cpu / 1000).toFixed(2)} s CPU for ${b.files} files (${b.accepted} accepted)`,
  ];
}
