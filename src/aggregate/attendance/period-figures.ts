// A school's figures for the report's period: one term, or the year to date summed from sessions.
import { attendanceRates, sumCounts, yearToDate, type AttendanceCounts, type Term } from './index.js';
import type { AttendanceColumns } from '../../domain/attendance-columns.js';
import type { AttendanceRecord } from './types.js';
import type { PeriodFigures } from './attendance-report.js';

export interface Period {
  academicYear: string;
  term: Term;
  yearToDate: boolean;
}

/** Each school's records, looked up by school, pupil group, year and term. */
export class AttendanceIndex {
  private readonly records = new Map<string, AttendanceCounts>();
  readonly groupsOf = new Map<string, Set<string>>();

  constructor(
    readonly all: readonly AttendanceRecord[],
    private readonly columns: AttendanceColumns,
  ) {
    for (const r of all) {
      this.records.set(`${r.urn}|${r.pupilGroup}|${r.academicYear}|${r.term}`, r.counts);
      if (!this.groupsOf.has(r.urn)) this.groupsOf.set(r.urn, new Set());
      this.groupsOf.get(r.urn)!.add(r.pupilGroup);
    }
  }

  counts(urn: string, group: string, academicYear: string, term: Term): AttendanceCounts | undefined {
    return this.records.get(`${urn}|${group}|${academicYear}|${term}`);
  }

  figures(urn: string, group: string, p: Period): PeriodFigures {
    if (!p.yearToDate) {
      const counts = this.counts(urn, group, p.academicYear, p.term);
      return counts
        ? { status: 'returned', counts, rates: attendanceRates(counts, this.columns) }
        : { status: 'not returned' };
    }
    const byTerm: Partial<Record<Term, AttendanceCounts>> = {};
    for (const term of ['Autumn', 'Spring', 'Summer'] as const) {
      const c = this.counts(urn, group, p.academicYear, term);
      if (c) byTerm[term] = c;
    }
    if (Object.keys(byTerm).length === 0) return { status: 'not returned' };
    const ytd = yearToDate(byTerm, p.term, this.columns);
    return ytd.status === 'complete'
      ? { status: 'returned', counts: ytd.counts, rates: ytd.rates }
      : { status: 'incomplete', missingTerms: ytd.missingTerms };
  }
}

/** Σ sessions and pupils of the schools that returned: an area's figures, never a mean of rates. */
export function sumFigures(list: readonly PeriodFigures[], columns: AttendanceColumns): PeriodFigures {
  const returned = list.flatMap((f) => (f.status === 'returned' ? [f.counts] : []));
  if (returned.length === 0) return { status: 'not returned' };
  const counts = sumCounts(returned, columns);
  return { status: 'returned', counts, rates: attendanceRates(counts, columns) };
}
