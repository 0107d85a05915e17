// The persistent-absence threshold in force for a year: configuration, not code.
import { yearWithin } from '../../domain/academic-year.js';

/** One configured threshold, as in schemas/catalogue/attendance.json `persistentAbsenceThresholds`. */
export interface PersistentAbsenceThresholdRule {
  /** First academic year it applies to ("2015/16"); none = from the start. */
  firstYear?: string;
  /** Last academic year it applies to ("2014/15"); none = still in force. */
  lastYear?: string;
  /** A pupil absent for at least this share of their possible sessions is persistently absent (percent). */
  percentOfPossibleSessions: number;
}

/**
 * The threshold (percent of possible sessions) for `academicYear` from the configured rules:
 * with the catalogue's rules, 15 to 2014/15 and 10 from 2015/16. Undefined when no rule covers
 * the year, or when rules that cover it disagree (a configuration error for the catalogue's
 * validation to report).
 */
export function persistentAbsenceThreshold(
  academicYear: string,
  configured: readonly PersistentAbsenceThresholdRule[],
): number | undefined {
  const values = new Set(
    configured
      .filter((rule) => yearWithin(academicYear, rule.firstYear, rule.lastYear))
      .map((rule) => rule.percentOfPossibleSessions),
  );
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * Whether a pupil absent for `absenceSessions` of `possibleSessions` is persistently absent:
 * absence at or above `thresholdPercent` of possible sessions (compared without dividing, so
 * 15 of 100 sessions is exactly 15%). A pupil with no possible sessions is not.
 */
export function isPersistentAbsentee(
  absenceSessions: number,
  possibleSessions: number,
  thresholdPercent: number,
): boolean {
  return possibleSessions > 0 && absenceSessions * 100 >= thresholdPercent * possibleSessions;
}
