// Progress against an absence target (lower is better), rated as domain.md sets out.
import { attendanceText, trendPhrase } from './messages.js';
import { periodAt, termIndex } from './period.js';
import { roundToShown } from './shown.js';
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

/** The rules, as the README quotes them. Rates and targets are compared as shown (one decimal place). */
export const TARGET_RULES: readonly string[] = [
  'Achieved (dark green): the year is complete (year to date through Summer) and its rate is at or below the target.',
  'On track (light green): the year is not complete and the rate so far is at or below the target; or the school’s trend is improving and its line reaches the target by the Summer term of the target’s year.',
  'Will be achieved but late (amber): the trend is improving and its line reaches the target after the target’s year, by the Summer term of the following year.',
  'Not likely to be achieved (red): above the target and the trend is static, declining, fluctuating or has too few terms, or its line does not reach the target by the Summer term of the following year.',
  'The trend line (from the trend rules) reaches the target in the first term, after its last term and after any completed target year, whose projected rate is at or below the target.',
];

export interface TargetProgressInput {
  /** The target rate, percent; lower is better. */
  target: number;
  /** The academic year the target is for: "2015/16". */
  academicYear: string;
  /** The target year's complete year-to-date rate (percent) and its last term; undefined when there is none. */
  soFar?: { rate: number; throughTerm: Term };
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

/** Rates a school's progress towards `target` by TARGET_RULES. */
export function targetProgress(input: TargetProgressInput): TargetProgress {
  const { target, academicYear, soFar, trend } = input;
  const yearComplete = soFar?.throughTerm === 'Summer';
  const head = attendanceText.againstTarget(attendanceText.soFar(soFar?.rate, yearComplete), target);
  const rated = (rating: TargetRating, tail: string[] = [], due?: Period): TargetProgress => ({
    rating,
    colour: TARGET_RATING_COLOURS[rating],
    reason: attendanceText.sentence([head, ...tail]),
    ...(due ? { due } : {}),
  });

  if (soFar !== undefined && roundToShown(soFar.rate) <= roundToShown(target)) {
    return rated(yearComplete ? 'Achieved' : 'On track');
  }
  if (trend.classification !== 'improving' || trend.slope === undefined) {
    const tail =
      trend.classification === 'declining' && trend.slope !== undefined
        ? attendanceText.rising(trend.slope)
        : trendPhrase(trend.classification, trend.terms);
    return rated('Not likely to be achieved', [tail]);
  }

  const yearEnd = termIndex({ academicYear, term: 'Summer' });
  const lastChance = yearEnd + 3;
  const earliest = Math.max(termIndex(trend.to) + 1, yearComplete ? yearEnd + 1 : -Infinity);
  for (let i = earliest; i <= lastChance; i++) {
    const due = periodAt(i);
    if (roundToShown(projectedRate(trend, due)!) <= roundToShown(target)) {
      const tail = [attendanceText.dueBy(trend.slope, due)];
      return rated(i <= yearEnd ? 'On track' : 'Will be achieved but late', tail, due);
    }
  }
  return rated('Not likely to be achieved', [attendanceText.notDueBy(trend.slope, periodAt(lastChance))]);
}
