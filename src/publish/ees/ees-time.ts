// time_period and time_identifier for a report's period: "2014/15" is 201415 (six digits, two
// consecutive years, no slash); a term's figure is the academic year's, identified by the term.
import type { TimeIdentifier } from './ees-standard.js';

export interface EesTime {
  readonly period: string;
  readonly identifier: TimeIdentifier;
}

/** `2014/15` → `201415`. The year was checked at the door (catalogue-flags.ts). */
export function timePeriod(academicYear: string): string {
  const match = /^(\d{4})\/(\d{2})$/.exec(academicYear);
  if (!match) throw new Error(`Not an academic year: ${academicYear}`);
  return `${match[1]}${match[2]}`;
}

export const academicYearTime = (academicYear: string): EesTime => ({
  period: timePeriod(academicYear),
  identifier: 'Academic year',
});

const SINGLE: Readonly<Record<string, TimeIdentifier>> = {
  Autumn: 'Autumn term',
  Spring: 'Spring term',
  Summer: 'Summer term',
};
// The year to date up to the summer is the whole academic year, as EES names it.
const TO_DATE: Readonly<Record<string, TimeIdentifier>> = {
  Autumn: 'Autumn term',
  Spring: 'Autumn and spring term',
  Summer: 'Academic year',
};

/** A term's figures, or the year to date up to a term. */
export function termTime(academicYear: string, term: string, yearToDate: boolean): EesTime {
  const identifier = (yearToDate ? TO_DATE : SINGLE)[term];
  if (!identifier) throw new Error(`No EES time identifier for the term ${term}`);
  return { period: timePeriod(academicYear), identifier };
}
