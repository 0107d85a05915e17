// A PRU is compared with a national figure of its own phase or with none, and the report says so.
import { describe, expect, it } from 'vitest';
import type { AttendanceReport } from '../../../src/aggregate/attendance/attendance-report.js';
import { phasesWithoutNational } from '../../../src/publish/attendance/phases-without-national.js';

/** Only the fields the sentence reads: each school's phase, rank and national figure. */
const reportOf = (schools: { phase: string; rankOverall?: number; nationalOverall?: number }[]) =>
  ({ schools }) as unknown as AttendanceReport;

describe('phasesWithoutNational', () => {
  it('names a phase ranked with no national figure of its own, never lending it another phase’s', () => {
    const report = reportOf([
      { phase: 'secondary', rankOverall: 1, nationalOverall: 5.2 },
      { phase: 'pru', rankOverall: 2 },
      { phase: 'pru', rankOverall: 3 },
      { phase: 'primary' },
    ]);
    expect(phasesWithoutNational(report)).toEqual([
      "No national comparator for pru of the report's definition: its 2 school(s) have no gap to national (x), " +
        "never another phase's rate.",
    ]);
  });

  it('says nothing when no phase has a national figure (none imported): the gaps are blank throughout', () => {
    expect(phasesWithoutNational(reportOf([{ phase: 'pru', rankOverall: 1 }]))).toEqual([]);
  });
});
