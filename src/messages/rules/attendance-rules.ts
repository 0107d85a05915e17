// Rules about the figures of a termly attendance return and the rules across them.
// Part of the one catalogue in ../rules.ts.
import { rule } from './rule.js';

const lower = (label: string) => label.toLowerCase();
const NUMBER_WORDS = ['', 'one', 'both', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "both figures", "the three figures". */
const figures = (n: number) => (n === 2 ? 'both figures' : `the ${NUMBER_WORDS[n] ?? n} figures`);
/** Labels that share their last word are joined before it: "authorised + unauthorised absence". */
function joinedParts(labels: readonly string[]): string {
  const words = labels.map((l) => lower(l).split(' '));
  const last = words[0]!.at(-1)!;
  if (words.length > 1 && words.every((w) => w.length > 1 && w.at(-1) === last))
    return `${words.map((w) => w.slice(0, -1).join(' ')).join(' + ')} ${last}`;
  return labels.map(lower).join(' + ');
}

export const attendanceRules = {
  // Attendance returns (schemas/README.md §3-4)
  'attendance.column-missing': rule<{ column: string }>(
    'error',
    ({ column }) => `the table has no "${column}" column: restore it from the template`,
  ),
  'attendance.value-missing': rule<{ column: string; group: string }>(
    'error',
    ({ column, group }) => `${column} for ${group} is blank: enter the number (0 if none)`,
  ),
  'attendance.not-a-count': rule<{ column: string; group: string; found: string }>(
    'error',
    ({ column, group, found }) =>
      `${column} for ${group} is "${found}": enter a whole number of sessions or pupils, not a rate`,
  ),
  'attendance.negative': rule<{ column: string; group: string; found: string; unit: string }>(
    'error',
    ({ column, group, found, unit }) =>
      `${column} for ${group} is ${found}, below zero: enter the number of ${unit} (0 if none)`,
  ),
  'attendance.not-whole': rule<{ column: string; group: string; found: string; unit: string }>(
    'error',
    ({ column, group, found, unit }) =>
      `${column} for ${group} is ${found}, not a whole number: enter the number of ${unit}, not a rate or an average`,
  ),
  'attendance.formula-without-result': rule<{ column: string; group: string }>(
    'error',
    ({ column, group }) =>
      `${column} for ${group} is a formula with no saved result, and the return cannot be summed without it: ` +
      'open the file in Excel, recalculate, save and send it again',
  ),
  'attendance.absence-above-possible': rule<{
    group: string;
    parts: readonly string[];
    absence: number;
    possible: number;
    possibleLabel: string;
  }>(
    'error',
    ({ group, parts, absence, possible, possibleLabel }) =>
      `for ${group}, ${joinedParts(parts)} is ${absence} sessions, ` +
      `more than the ${possible} ${lower(possibleLabel)}: check ${figures(parts.length + 1)}`,
  ),
  'attendance.absent-above-roll': rule<{
    group: string;
    column: string;
    count: number;
    roll: number;
    rollLabel: string;
  }>(
    'error',
    ({ group, column, count, roll, rollLabel }) =>
      `for ${group}, ${count} ${lower(column)} is more than the ${roll} ${lower(rollLabel)}: check both figures`,
  ),
  'attendance.reasons-above-total': rule<{
    group: string;
    column: string;
    parts: readonly string[];
    count: number;
    absence: number;
  }>(
    'error',
    ({ group, column, parts, count, absence }) =>
      `for ${group}, the reasons for ${lower(column)} (${parts.map(lower).join(', ')}) add up to ${count} sessions, ` +
      `more than the ${absence} sessions of ${lower(column)}: check the reasons and the total`,
  ),
  'attendance.reasons-below-total': rule<{
    group: string;
    column: string;
    parts: readonly string[];
    count: number;
    absence: number;
  }>(
    'query',
    ({ group, column, parts, count, absence }) =>
      `for ${group}, the reasons for ${lower(column)} (${parts.map(lower).join(', ')}) add up to ${count} sessions, ` +
      `less than the ${absence} sessions of ${lower(column)}: give the rest a reason (no reason yet, other)`,
  ),
  'attendance.sessions-per-pupil': rule<{ group: string; perPupil: number; limit: number }>(
    'query',
    ({ group, perPupil, limit }) =>
      `for ${group}, possible sessions are ${perPupil} per enrolment, more than the ${limit} a term allows: ` +
      'check possible sessions and enrolments',
  ),
  'attendance.sessions-without-pupils': rule<{ group: string; possible: number }>(
    'query',
    ({ group, possible }) =>
      `for ${group}, there are ${possible} possible sessions but no enrolments: check both figures`,
  ),
  'attendance.high-absence': rule<{ rate: string; group: string; percent: string; limit: number }>(
    'query',
    ({ rate, group, percent, limit }) =>
      `${lower(rate)} for ${group} is ${percent}%, above ${limit}%: check the absence figures`,
  ),
  'attendance.enrolments-changed': rule<{ enrolments: number; previous: number; previousPeriod: string }>(
    'query',
    ({ enrolments, previous, previousPeriod }) =>
      `enrolments are ${enrolments}, against ${previous} in the school's previous return (${previousPeriod}), ` +
      'a change of more than half: check enrolments',
  ),
} as const;
