// Absence rates from counts, and sums of counts. Every aggregate is a sum of counts,
// never a mean of rates (domain.md, "Formulas and conventions").
import type { AttendanceCounts, AttendanceRates } from './types.js';

/** `part / base × 100`, or undefined when the base is 0. */
export function percent(part: number, base: number): number | undefined {
  return base === 0 ? undefined : (part / base) * 100;
}

/**
 * The four rates of one set of counts, in percent, unrounded:
 * overall = (authorised + unauthorised) / possible sessions × 100; authorised and unauthorised
 * likewise; persistent absence = persistent absentees / enrolments × 100.
 * A rate whose base is 0 is undefined (not 0).
 */
export function attendanceRates(counts: AttendanceCounts): AttendanceRates {
  const { possibleSessions, authorisedAbsence, unauthorisedAbsence } = counts;
  return {
    overallAbsenceRate: percent(authorisedAbsence + unauthorisedAbsence, possibleSessions),
    authorisedAbsenceRate: percent(authorisedAbsence, possibleSessions),
    unauthorisedAbsenceRate: percent(unauthorisedAbsence, possibleSessions),
    persistentAbsenceRate: percent(counts.persistentAbsentees, counts.enrolments),
  };
}

type OptionalCount = 'fixedTermExclusions' | 'permanentExclusions' | 'penaltyNotices';
const OPTIONAL_COUNTS: readonly OptionalCount[] = ['fixedTermExclusions', 'permanentExclusions', 'penaltyNotices'];

/**
 * The counts of several returns added together: sessions and pupils are summed.
 *
 * Use it across schools (or pupil groups of a partition) for the same period, where each pupil
 * is counted once: a city's rate is then Σ absence / Σ possible sessions. Across terms of one
 * school it would count each pupil once a term; use `yearToDate` for that.
 *
 * An optional count (exclusions, penalty notices) is summed only when every input has it; if
 * any input lacks it the sum is undefined ("not available"), never a total that silently
 * treats the missing return as 0. An empty list sums to 0 for the required counts and
 * undefined for the optional ones.
 */
export function sumCounts(list: readonly AttendanceCounts[]): AttendanceCounts {
  const sum: AttendanceCounts = {
    enrolments: 0,
    possibleSessions: 0,
    authorisedAbsence: 0,
    unauthorisedAbsence: 0,
    persistentAbsentees: 0,
  };
  for (const c of list) {
    sum.enrolments += c.enrolments;
    sum.possibleSessions += c.possibleSessions;
    sum.authorisedAbsence += c.authorisedAbsence;
    sum.unauthorisedAbsence += c.unauthorisedAbsence;
    sum.persistentAbsentees += c.persistentAbsentees;
  }
  for (const key of OPTIONAL_COUNTS) {
    const values = list.map((c) => c[key]);
    if (values.length > 0 && values.every((v) => v !== undefined)) {
      sum[key] = values.reduce((a: number, v) => a + v!, 0);
    }
  }
  return sum;
}
