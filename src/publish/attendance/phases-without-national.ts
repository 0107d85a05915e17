// Issue 12: a school is compared with the national figure of its own phase or with none, never with
// another phase's (a PRU is not a secondary school). Where a phase ranked has none, the report says so.
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { benchmarkText } from '../../messages/benchmark-text.js';

/** One sentence per phase whose ranked schools have no national figure, where other phases have one. */
export function phasesWithoutNational(report: AttendanceReport): string[] {
  const ranked = report.schools.filter((s) => s.rankOverall !== undefined);
  if (!ranked.some((s) => s.nationalOverall !== undefined)) return [];
  const without = new Map<string, number>();
  for (const s of ranked) if (s.nationalOverall === undefined) without.set(s.phase, (without.get(s.phase) ?? 0) + 1);
  return [...without].map(([phase, n]) => benchmarkText['benchmarks.none-for-phase'](phase, n));
}
