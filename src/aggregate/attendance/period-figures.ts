// A school's figures for the report's period: a term or a half term, or the year to date to one,
// summed from sessions. A school may send a term's return or its half terms' (half-terms.ts).
import { attendanceRates, sumCounts, type AttendanceCounts, type Term } from './index.js';
import type { AttendanceColumns } from '../../domain/attendance-columns.js';
import type { HalfTerm } from '../../domain/catalogue.js';
import type { AttendanceRecord } from './types.js';
import type { PeriodFigures } from './attendance-report.js';
import { halvesOf, windowCounts, windowParts, type HalfTermRecord, type WindowPart } from './half-terms.js';

export interface Period {
  academicYear: string;
  term: Term;
  /** A half term of `term` (its catalogue code): the period is the half term, or the year to it. */
  halfTerm?: string;
  yearToDate: boolean;
}

/** The half-term returns beside the termly ones, and the catalogue's half terms they are read by. */
export interface HalfTermReturns {
  records: readonly HalfTermRecord[];
  halfTerms: readonly HalfTerm[];
}

const NO_HALF_TERMS: HalfTermReturns = { records: [], halfTerms: [] };

/**
 * Each school's records, looked up by school, pupil group, year and term or half term. A term a
 * school sent as its half terms, every half and no term's return, is a term like any other here
 * (`all`, `counts`), so trends, changes and year-to-date figures read it.
 */
export class AttendanceIndex {
  private readonly records = new Map<string, AttendanceCounts>();
  private readonly halves = new Map<string, AttendanceCounts>();
  /** School|group|year of every return, term or half term: none of these is "not returned". */
  private readonly anyReturn = new Set<string>();
  readonly groupsOf = new Map<string, Set<string>>();
  /** The termly records: those returned, then those made of a term's half terms. */
  readonly all: readonly AttendanceRecord[];

  constructor(
    termly: readonly AttendanceRecord[],
    private readonly columns: AttendanceColumns,
    private readonly halfTerms: HalfTermReturns = NO_HALF_TERMS,
  ) {
    const seen = (urn: string, group: string, year: string) => {
      this.anyReturn.add(`${urn}|${group}|${year}`);
      if (!this.groupsOf.has(urn)) this.groupsOf.set(urn, new Set());
      this.groupsOf.get(urn)!.add(group);
    };
    for (const r of termly) {
      this.records.set(`${r.urn}|${r.pupilGroup}|${r.academicYear}|${r.term}`, r.counts);
      seen(r.urn, r.pupilGroup, r.academicYear);
    }
    for (const r of halfTerms.records) {
      this.halves.set(`${r.urn}|${r.pupilGroup}|${r.academicYear}|${r.halfTerm}`, r.counts);
      seen(r.urn, r.pupilGroup, r.academicYear);
    }
    this.all = [...termly, ...this.termsOfHalves()];
    for (const r of this.all.slice(termly.length))
      this.records.set(`${r.urn}|${r.pupilGroup}|${r.academicYear}|${r.term}`, r.counts);
  }

  /** The terms a school sent every half of and no return for the term itself. */
  private termsOfHalves(): AttendanceRecord[] {
    const made = new Map<string, AttendanceRecord>();
    for (const r of this.halfTerms.records) {
      const term = this.halfTerms.halfTerms.find((h) => h.code === r.halfTerm)?.term as Term | undefined;
      const key = `${r.urn}|${r.pupilGroup}|${r.academicYear}|${term}`;
      if (!term || made.has(key) || this.records.has(key)) continue;
      const parts = halvesOf(term, this.halfTerms.halfTerms).map((h) =>
        this.halfCounts(r.urn, r.pupilGroup, r.academicYear, h.code),
      );
      if (parts.every((p) => p !== undefined)) {
        const counts = windowCounts(parts as AttendanceCounts[], this.columns);
        made.set(key, { urn: r.urn, academicYear: r.academicYear, term, pupilGroup: r.pupilGroup, counts });
      }
    }
    return [...made.values()];
  }

  counts(urn: string, group: string, academicYear: string, term: Term): AttendanceCounts | undefined {
    return this.records.get(`${urn}|${group}|${academicYear}|${term}`);
  }

  halfCounts(urn: string, group: string, academicYear: string, halfTerm: string): AttendanceCounts | undefined {
    return this.halves.get(`${urn}|${group}|${academicYear}|${halfTerm}`);
  }

  /** A part's counts, or what is missing from it: a term with some halves sent lacks the others. */
  private part(urn: string, group: string, year: string, part: WindowPart): AttendanceCounts | string[] {
    if ('halfTerm' in part) return this.halfCounts(urn, group, year, part.halfTerm) ?? [part.halfTerm];
    const counts = this.counts(urn, group, year, part.term);
    if (counts) return counts;
    const halves = halvesOf(part.term, this.halfTerms.halfTerms);
    const missing = halves.filter((h) => !this.halfCounts(urn, group, year, h.code)).map((h) => h.code);
    return missing.length === halves.length ? [part.term] : missing;
  }

  /** Not returned when the school sent nothing for the year; incomplete when a part is missing. */
  figures(urn: string, group: string, p: Period): PeriodFigures {
    if (!this.anyReturn.has(`${urn}|${group}|${p.academicYear}`)) return { status: 'not returned' };
    const parts = windowParts(p, this.halfTerms.halfTerms).map((w) => this.part(urn, group, p.academicYear, w));
    const missing = parts.flatMap((c) => (Array.isArray(c) ? c : []));
    if (!p.yearToDate && parts.length === 1 && missing.length === 1 && missing[0] === (p.halfTerm ?? p.term))
      return { status: 'not returned' };
    if (missing.length > 0) return { status: 'incomplete', missingTerms: missing };
    const counts =
      parts.length === 1 ? (parts[0] as AttendanceCounts) : windowCounts(parts as AttendanceCounts[], this.columns);
    return { status: 'returned', counts, rates: attendanceRates(counts, this.columns) };
  }
}

/** Σ sessions and pupils of the schools that returned: an area's figures, never a mean of rates. */
export function sumFigures(list: readonly PeriodFigures[], columns: AttendanceColumns): PeriodFigures {
  const returned = list.flatMap((f) => (f.status === 'returned' ? [f.counts] : []));
  if (returned.length === 0) return { status: 'not returned' };
  const counts = sumCounts(returned, columns);
  return { status: 'returned', counts, rates: attendanceRates(counts, columns) };
}
