// Progress against an absence target (lower is better), rated as domain.md sets out.
import { attendanceText } from '../../messages/attendance-text.js';
import { periodAt, termIndex } from './period.js';
import { formatShown, roundToShown } from './shown.js';
import { projectedRate, type Trend } from './trend.js';
import type { Period, Term } from './types.js';

export type TargetRating = 'Achieved' | 'On track' | 'Will be achieved but late' | 'Not likely to be achieved';

/** The colour each rating is shown in (domain.md). */
export const TARGET_RATING_COLOURS: Readonly<Record<TargetRating, 'dark green' | 'light green' | 'amber' | 'red'>> = {
  Achieved: 'dark green',
  'On track': 'light green',
  'Will be achieved but late': 'amber',
  'Not likely to be achieved': 'red',
};

/** The rules, as the README quotes them (messages/attendance-text.ts). Rates and targets are compared as shown. */
export const TARGET_RULES: readonly string[] = attendanceText['target.rules'];

export interface TargetProgressInput {
  /** The target rate, percent; lower is better. */
  target: number;
  /** The academic year the target is for: "2015/16". */
  academicYear: string;
  /** The target year's complete year-to-date rate (percent) and its last term; undefined when there is none. */
  soFar?: { rate: number; throughTerm: Term; yearComplete?: boolean };
  /** The school's trend (trend.ts), normally as of the same term as `soFar`. */
  trend: Trend;
}

export interface TargetProgress {
  rating: TargetRating;
  colour: (typeof TARGET_RATING_COLOURS)[TargetRating];
  /** One sentence: "4.6% so far against a target of 4.5%; falling 0.2 points a term, due by Summer 2015/16." */
  reason: string;
  /** The first term the trend line is at or below the target, when it is within the next year. */
  due?: Period;
}

/** A slope as its sentences show it: points a term, without its sign ("falling" or "rising" says which). */
const pointsPerTerm = (slope: number) => formatShown(Math.abs(slope));

/** Rates a school's progress towards `target` by TARGET_RULES. */
export function targetProgress(input: TargetProgressInput): TargetProgress {
  const { target, academicYear, soFar, trend } = input;
  // Through Summer's first half only (a half-term report), the year is not complete.
  const yearComplete = soFar?.yearComplete ?? soFar?.throughTerm === 'Summer';
  const shownSoFar = soFar === undefined ? undefined : formatShown(soFar.rate);
  const head = attendanceText['target.against'](
    attendanceText['target.so-far'](shownSoFar, yearComplete),
    formatShown(target),
  );
  const rated = (rating: TargetRating, tail: string[] = [], due?: Period): TargetProgress => ({
    rating,
    colour: TARGET_RATING_COLOURS[rating],
    reason: attendanceText['target.reason']([head, ...tail]),
    ...(due ? { due } : {}),
  });

  if (soFar !== undefined && roundToShown(soFar.rate) <= roundToShown(target)) {
    return rated(yearComplete ? 'Achieved' : 'On track');
  }
  if (trend.classification !== 'improving' || trend.slope === undefined) {
    const tail =
      trend.classification === 'declining' && trend.slope !== undefined
        ? attendanceText['trend.rising'](pointsPerTerm(trend.slope))
        : attendanceText['trend.over-terms'](trend.classification, trend.terms);
    return rated('Not likely to be achieved', [tail]);
  }

  const yearEnd = termIndex({ academicYear, term: 'Summer' });
  const lastChance = yearEnd + 3;
  const earliest = Math.max(termIndex(trend.to) + 1, yearComplete ? yearEnd + 1 : -Infinity);
  for (let i = earliest; i <= lastChance; i++) {
    const due = periodAt(i);
    if (roundToShown(projectedRate(trend, due)!) <= roundToShown(target)) {
      const tail = [attendanceText['target.due-by'](pointsPerTerm(trend.slope), due)];
      return rated(i <= yearEnd ? 'On track' : 'Will be achieved but late', tail, due);
    }
  }
  return rated('Not likely to be achieved', [
    attendanceText['target.not-due-by'](pointsPerTerm(trend.slope), periodAt(lastChance)),
  ]);
}
