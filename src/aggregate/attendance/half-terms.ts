// Half terms (issue 14): which returns make up a report's window of sessions, when a school may send a
// term or its half terms. A term's return and its half terms' returns cover the same sessions, so
// either gives the term; a term's return is never split into halves, and one half never stands for
// its term. The DfE counts six half terms; a window is named by the half terms it holds.
import type { AttendanceColumns } from '../../domain/attendance-columns.js';
import type { HalfTerm } from '../../domain/catalogue.js';
import { sumCounts } from './rates.js';
import { termPosition } from './period.js';
import { TERMS, type AttendanceCounts, type Term } from './types.js';

/** One school's attendance for a half term and pupil group, from its current accepted return. */
export interface HalfTermRecord {
  urn: string;
  academicYear: string;
  /** The catalogue's code of the half term (key-stages.json `halfTerms`): "Spring 1". */
  halfTerm: string;
  pupilGroup: string;
  counts: AttendanceCounts;
}

/**
 * What one place of a window is: a term (its return, or all its half terms') or one half term.
 * `code` is what a missing part is called: the term's code or the half term's.
 */
export type WindowPart = { term: Term } | { halfTerm: string };

/**
 * The counts of consecutive periods of one school (or sum of schools) as one window: sessions and
 * events summed; pupils (on roll, counted by absence) are the latest period's, as they are not summed
 * over terms (attendance.json).
 */
export function windowCounts(parts: readonly AttendanceCounts[], columns: AttendanceColumns): AttendanceCounts {
  const latest = parts.at(-1)!;
  const counts: Record<string, number> = { ...sumCounts(parts, columns) };
  for (const column of columns.all) {
    if (columns.summedOverTerms(column.code)) continue;
    if (latest[column.code] === undefined) delete counts[column.code];
    else counts[column.code] = latest[column.code]!;
  }
  return counts;
}

/** The half terms of `term`, in order. */
export function halvesOf(term: Term, halfTerms: readonly HalfTerm[]): HalfTerm[] {
  return halfTerms.filter((h) => h.term === term).sort((a, b) => a.half - b.half);
}

/**
 * The parts of a window. A term alone: the term. A half term alone: the half term. The year to date
 * to a term: its terms, Autumn on. The year to date to a half term: the terms before its term, then
 * its term whole if it is the term's last half (the same sessions), else the term's halves up to it.
 */
export function windowParts(
  window: { term: Term; halfTerm?: string; yearToDate: boolean },
  halfTerms: readonly HalfTerm[],
): WindowPart[] {
  const half = window.halfTerm === undefined ? undefined : halfTerms.find((h) => h.code === window.halfTerm);
  if (!window.yearToDate) return half ? [{ halfTerm: half.code }] : [{ term: window.term }];
  const before = TERMS.slice(0, termPosition(window.term)).map((term) => ({ term }));
  if (!half) return [...before, { term: window.term }];
  const halves = halvesOf(window.term, halfTerms);
  if (halves.at(-1)?.code === half.code) return [...before, { term: window.term }];
  return [...before, ...halves.filter((h) => h.half <= half.half).map((h) => ({ halfTerm: h.code }))];
}

/** Half terms a window covers: the definition a comparator of it must have (six for a whole year). */
export function halfTermsCovered(parts: readonly WindowPart[], halfTerms: readonly HalfTerm[]): number {
  return parts.reduce((n, p) => n + ('term' in p ? halvesOf(p.term, halfTerms).length : 1), 0);
}

/** Whether a half term is the last of its term, so the year to date to it ends with a whole term. */
export function endsItsTerm(code: string, halfTerms: readonly HalfTerm[]): boolean {
  const half = halfTerms.find((h) => h.code === code);
  return half !== undefined && halvesOf(half.term as Term, halfTerms).at(-1)?.code === code;
}
