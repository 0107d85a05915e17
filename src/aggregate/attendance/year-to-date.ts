// A school's (or a sum of schools') attendance for the year so far, from its termly returns.
import { attendanceText } from '../../messages/attendance-text.js';
import type { AttendanceColumns } from '../../domain/attendance-columns.js';
import { attendanceRates } from './rates.js';
import { windowCounts } from './half-terms.js';
import { termPosition } from './period.js';
import { TERMS, type AttendanceCounts, type AttendanceRates, type Period, type Term } from './types.js';

/**
 * How the returns count persistent absentees:
 * - 'per-term': over the term the return covers (schemas/README.md §3; the default);
 * - 'year-to-date': over the academic year so far, as the DfE counts them.
 */
export type PersistentAbsenteesCounted = 'per-term' | 'year-to-date';

/**
 * Where the year-to-date persistent-absence figure comes from: 'exact' when it covers the
 * whole window (one term, or returns that count year-to-date); 'latest term only' when the
 * returns count per term and the window has more than one term, so the figure is the latest
 * term's and must be shown as an approximation.
 */
export type PersistentAbsenceBasis = 'exact' | 'latest term only';

export type YearToDate =
  | {
      status: 'complete';
      /** The terms summed, in order: Autumn to `upToTerm`. */
      terms: Term[];
      /** Sessions and exclusions summed over `terms`; pupils from the latest term's return. */
      counts: AttendanceCounts;
      /** `attendanceRates(counts, columns)`, percent, unrounded. */
      rates: AttendanceRates;
      persistentAbsence: PersistentAbsenceBasis;
    }
  | {
      /** A term in the window has no return: no figure is given, rather than a wrong one. */
      status: 'incomplete';
      terms: Term[];
      /** The terms of the window with no return, in order. */
      missingTerms: Term[];
    };

/** The rules, as the README quotes them. */
export const YEAR_TO_DATE_RULES: readonly string[] = attendanceText['year-to-date.rules'];

/** The terms of the year to date ending with `upToTerm`: Autumn; Autumn, Spring; all three. */
export function termsToDate(upToTerm: Term): Term[] {
  return TERMS.slice(0, termPosition(upToTerm) + 1);
}

/** The periods of `academicYear` to date, in order. */
export function yearToDatePeriods(academicYear: string, upToTerm: Term): Period[] {
  return termsToDate(upToTerm).map((term) => ({ academicYear, term }));
}

/**
 * One school's year to date from its returns for one academic year, keyed by term, following
 * YEAR_TO_DATE_RULES. Returns after `upToTerm` are ignored.
 */
export function yearToDate(
  returnsByTerm: Readonly<Partial<Record<Term, AttendanceCounts>>>,
  upToTerm: Term,
  columns: AttendanceColumns,
  options: { persistentAbsentees?: PersistentAbsenteesCounted } = {},
): YearToDate {
  const terms = termsToDate(upToTerm);
  const missingTerms = terms.filter((t) => returnsByTerm[t] === undefined);
  if (missingTerms.length > 0) return { status: 'incomplete', terms, missingTerms };

  // Sessions and events add up over terms; pupils (on roll, counted by absence) are the latest term's.
  const counts = windowCounts(
    terms.map((t) => returnsByTerm[t]!),
    columns,
  );
  const exact = terms.length === 1 || options.persistentAbsentees === 'year-to-date';
  return {
    status: 'complete',
    terms,
    counts,
    rates: attendanceRates(counts, columns),
    persistentAbsence: exact ? 'exact' : 'latest term only',
  };
}
