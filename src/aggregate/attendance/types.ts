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
 * One attendance return's counts (one school, or a sum of schools, for one period and pupil
 * group). All whole numbers. A session is half a day.
 */
export interface AttendanceCounts {
  /** Pupils on roll in the period (pupils). */
  enrolments: number;
  /** Sessions those pupils could have attended (half-days). */
  possibleSessions: number;
  /** Sessions of authorised absence (half-days). */
  authorisedAbsence: number;
  /** Sessions of unauthorised absence (half-days). */
  unauthorisedAbsence: number;
  /** Pupils whose absence is at or above the year's persistent-absence threshold (pupils). */
  persistentAbsentees: number;
  /** Fixed-term exclusions in the period (exclusions); optional in a return. */
  fixedTermExclusions?: number;
  /** Permanent exclusions in the period (exclusions); optional in a return. */
  permanentExclusions?: number;
  /** Penalty notices issued in the period (notices); optional in a return. */
  penaltyNotices?: number;
}

/**
 * Rates in percent (0–100), unrounded: rounding is the report's job. A rate is undefined when
 * its base (possible sessions, or enrolments) is 0.
 */
export interface AttendanceRates {
  /** (authorised + unauthorised absence) / possible sessions × 100. */
  overallAbsenceRate: number | undefined;
  /** authorised absence / possible sessions × 100. */
  authorisedAbsenceRate: number | undefined;
  /** unauthorised absence / possible sessions × 100. */
  unauthorisedAbsenceRate: number | undefined;
  /** persistent absentees / enrolments × 100. */
  persistentAbsenceRate: number | undefined;
}

/** One school's attendance for a term and pupil group, from its current accepted return. */
export interface AttendanceRecord {
  urn: string;
  academicYear: string;
  term: Term;
  pupilGroup: string;
  counts: AttendanceCounts;
}
