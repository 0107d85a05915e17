// The attendance officers' concern list: schools scored and ranked, with the reasons why.
import { attendanceText } from '../../messages/attendance-text.js';
import { rankSchools } from './rank.js';
import { formatShown, roundToShown } from './shown.js';
import type { TrendClass } from './trend.js';

/** One school's facts for the concern list. Rates in percent. */
export interface ConcernFacts {
  /** The school's URN. */
  urn: string;
  /** Persistent absence rate; undefined when the school has not returned (listed, never scored). */
  persistentAbsenceRate: number | undefined;
  /** National persistent absence rate for the school's phase; undefined when not available. */
  nationalPersistentAbsenceRate?: number;
  /** The school's trend (trend.ts): its class and how many terms it rests on. */
  trend?: { classification: TrendClass; terms: number };
  /** Overall absence rate to compare with `overallAbsenceTarget`. */
  overallAbsenceRate?: number;
  /** The school's overall absence target; undefined when it has none. */
  overallAbsenceTarget?: number;
  /**
   * Rates weighed beside these (attendance.json `concernPerPoint`: severe absence), each with what it
   * is compared with: national for the phase, or the city's rate where there is no national figure.
   */
  weighed?: readonly {
    label: string;
    rate: number;
    comparator: number;
    against: 'national' | 'city';
    perPoint: number;
  }[];
}

/**
 * The score's weights. Persistent absence is what officers act on (pupils to work with), so
 * each point above national for the phase scores 1. Overall absence runs at roughly a third
 * to a half of the persistent absence rate, so a point of overall absence above target is
 * worth about two of persistent absence: it scores 2. A declining trend (absence rising over
 * the last six terms) adds 3, as much as 3 points of persistent absence above national,
 * because it says things are getting worse now; a fluctuating one adds 1 (unstable, worth a
 * look). Being at or below national or target scores 0, never a credit, so a good figure does
 * not hide a bad one.
 */
export const CONCERN_WEIGHTS = {
  perPointPersistentAboveNational: 1,
  perPointOverallAboveTarget: 2,
  declining: 3,
  fluctuating: 1,
} as const;

/** The rules of the score, in words (messages/attendance-text.ts). */
export const CONCERN_RULES: readonly string[] = attendanceText['concern.rules'];

export interface ConcernEntry {
  facts: ConcernFacts;
  /** The score, unrounded; higher = more concern. */
  score: number;
  /** 1 = the greatest concern; ties share a rank (1, 2, 2, 4). */
  rank: number;
  /** Why, in the order scored: "persistent absence 14.2%, 5.1 points above national". Empty when the score is 0. */
  reasons: string[];
}

export interface ConcernList {
  /** Every returned school, greatest concern first; ties by URN. */
  ranked: ConcernEntry[];
  /** Schools with no persistent absence rate: not returned. */
  notReturned: ConcernFacts[];
}

function scoreSchool(f: ConcernFacts & { persistentAbsenceRate: number }): { score: number; reasons: string[] } {
  const w = CONCERN_WEIGHTS;
  let score = 0;
  const reasons: string[] = [];
  if (f.nationalPersistentAbsenceRate !== undefined) {
    const gap = roundToShown(roundToShown(f.persistentAbsenceRate) - roundToShown(f.nationalPersistentAbsenceRate));
    if (gap > 0) {
      score += w.perPointPersistentAboveNational * gap;
      reasons.push(
        attendanceText['concern.persistent-above-national'](formatShown(f.persistentAbsenceRate), formatShown(gap)),
      );
    }
  }
  if (f.overallAbsenceRate !== undefined && f.overallAbsenceTarget !== undefined) {
    const gap = roundToShown(roundToShown(f.overallAbsenceRate) - roundToShown(f.overallAbsenceTarget));
    if (gap > 0) {
      score += w.perPointOverallAboveTarget * gap;
      reasons.push(attendanceText['concern.above-target'](formatShown(f.overallAbsenceRate), formatShown(gap)));
    }
  }
  for (const w of f.weighed ?? []) {
    const gap = roundToShown(roundToShown(w.rate) - roundToShown(w.comparator));
    if (gap <= 0) continue;
    score += w.perPoint * gap;
    reasons.push(attendanceText['concern.rate-above'](w.label, formatShown(w.rate), formatShown(gap), w.against));
  }
  const trend = f.trend?.classification;
  if (trend === 'declining' || trend === 'fluctuating') {
    score += w[trend];
    reasons.push(attendanceText['trend.over-terms'](trend, f.trend!.terms));
  }
  return { score, reasons };
}

/** Scores and ranks schools by CONCERN_RULES. */
export function concernList(schools: readonly ConcernFacts[]): ConcernList {
  const scored = schools
    .filter((f): f is ConcernFacts & { persistentAbsenceRate: number } => f.persistentAbsenceRate !== undefined)
    .map((facts) => ({ facts, ...scoreSchool(facts) }))
    .sort((a, b) => a.facts.urn.localeCompare(b.facts.urn));
  const ranking = rankSchools(scored, (s) => s.score, 'highest first');
  return {
    ranked: ranking.ranked.map(({ item, rank }) => ({ ...item, rank })),
    notReturned: schools.filter((f) => f.persistentAbsenceRate === undefined),
  };
}
