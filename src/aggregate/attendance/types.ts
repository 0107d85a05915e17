// Values the attendance core takes and returns. Pure data: no file, no database, no clock.

/** A school term. Order within a year: Autumn < Spring < Summer. */
export type Term = 'Autumn' | 'Spring' | 'Summer';

/** The terms of an academic year, in order. */
export const TERMS: readonly Term[] = ['Autumn', 'Spring', 'Summer'];

/** One term of one academic year. */
export interface Period {
  /** As the city writes it: "2014/15". */
  academicYear: string;
  term: Term;
}

/**
 * One attendance return's counts (one school, or a sum of schools, for one period and pupil group),
 * by attendance column code (schemas/catalogue/attendance.json): pupils on roll, possible sessions
 * (half-days), sessions of absence, pupils counted by absence, events. All whole numbers. An
 * optional column the return did not give is absent, never 0.
 */
export type AttendanceCounts = Readonly<Record<string, number>>;

/**
 * Rates in percent (0–100), unrounded, by rate code (attendance.json `rates`: Σ its columns / its
 * base × 100): rounding is the report's job. A rate is undefined when its base is 0 or a column of
 * it was not returned.
 */
export type AttendanceRates = Readonly<Record<string, number | undefined>>;

/** One school's attendance for a term and pupil group, from its current accepted return. */
export interface AttendanceRecord {
  urn: string;
  academicYear: string;
  term: Term;
  pupilGroup: string;
  counts: AttendanceCounts;
}
