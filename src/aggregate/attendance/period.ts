// Terms as positions on one line, so trends and projections can count terms across years.
import { formatAcademicYear, startYearOf } from '../../domain/academic-year.js';
import { TERMS, type Period, type Term } from './types.js';

/** 0 for Autumn, 1 for Spring, 2 for Summer. */
export function termPosition(term: Term): number {
  return TERMS.indexOf(term);
}

/**
 * A period's place on a line of consecutive terms across years: start year × 3 + term position
 * (2013/14 Autumn = 6039, Spring = 6040, Summer = 6041, 2014/15 Autumn = 6042). Only differences
 * mean anything: one unit is one term, and a term with no return keeps its place.
 */
export function termIndex(period: Period): number {
  return startYearOf(period.academicYear) * 3 + termPosition(period.term);
}

/** The period at a term index (the inverse of `termIndex`). */
export function periodAt(index: number): Period {
  const start = Math.floor(index / 3);
  return { academicYear: formatAcademicYear(start), term: TERMS[index - start * 3]! };
}

/** Negative when `a` comes before `b`, 0 when they are the same term, positive after. */
export function comparePeriods(a: Period, b: Period): number {
  return termIndex(a) - termIndex(b);
}

/** "Spring 2015/16". */
export function formatPeriod(period: Period): string {
  return `${period.term} ${period.academicYear}`;
}
