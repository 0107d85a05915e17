// Absence rates from counts, and sums of counts, as the catalogue declares them. Every aggregate is
// a sum of counts, never a mean of rates (domain.md, "Formulas and conventions").
import type { AttendanceColumns } from '../../domain/attendance-columns.js';
import type { AttendanceCounts, AttendanceRates } from './types.js';

/** `part / base × 100`, or undefined when the base is 0. */
export function percent(part: number, base: number): number | undefined {
  return base === 0 ? undefined : (part / base) * 100;
}

/**
 * The catalogue's rates of one set of counts, in percent, unrounded: each is Σ its columns / its
 * base × 100 (overall absence = (authorised + unauthorised) / possible sessions; persistent absence
 * = persistent absentees / enrolments). A rate whose base is 0, or with a column missing, is
 * undefined (not 0).
 */
export function attendanceRates(counts: AttendanceCounts, columns: AttendanceColumns): AttendanceRates {
  const rates: Record<string, number | undefined> = {};
  for (const rate of columns.rates) {
    const parts = rate.of.map((code) => counts[code]);
    const base = counts[rate.per];
    rates[rate.code] =
      base === undefined || parts.some((p) => p === undefined)
        ? undefined
        : percent(
            parts.reduce((t: number, p) => t + p!, 0),
            base,
          );
  }
  return rates;
}

/**
 * The counts of several returns added together: sessions and pupils are summed.
 *
 * Use it across schools (or pupil groups of a partition) for the same period, where each pupil
 * is counted once: a city's rate is then Σ absence / Σ possible sessions. Across terms of one
 * school it would count each pupil once a term; use `yearToDate` for that.
 *
 * An optional column (exclusions, penalty notices) is summed only when every input has it; if
 * any input lacks it the sum is absent ("not available"), never a total that silently treats the
 * missing return as 0. An empty list sums to 0 for the required columns and nothing for the rest.
 */
export function sumCounts(list: readonly AttendanceCounts[], columns: AttendanceColumns): AttendanceCounts {
  const sum: Record<string, number> = {};
  for (const column of columns.all) {
    const values = list.map((c) => c[column.code]);
    if (column.required) sum[column.code] = values.reduce((t: number, v) => t + (v ?? 0), 0);
    else if (values.length > 0 && values.every((v) => v !== undefined))
      sum[column.code] = values.reduce((t: number, v) => t + v!, 0);
  }
  return sum;
}
