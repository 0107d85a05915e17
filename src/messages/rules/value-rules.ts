// Rules about the figures in the cells, the rules across cells, and the challenge queries an
// adviser answers. Part of the one catalogue in ../rules.ts.
import { rule } from './rule.js';

export const valueRules = {
  // Cells
  'cohort.invalid': rule<{ group: string; found: string }>(
    'error',
    ({ group, found }) =>
      `the cohort for ${group} is "${found}": enter the number of pupils, a whole number above zero`,
  ),
  'cohort.formula-without-result': rule<{ group: string }>(
    'error',
    ({ group }) =>
      `the cohort for ${group} is a formula with no saved result, and no figure of the group can be read without it: ` +
      'open the file in Excel, recalculate, save and send it again',
  ),
  'count.negative': rule<{ measure: string; group: string; found: string }>(
    'error',
    ({ measure, group, found }) => `${measure} for ${group} is ${found}, below zero: enter the number of pupils`,
  ),
  'count.not-whole': rule<{ measure: string; group: string; found: string }>(
    'error',
    ({ measure, group, found }) =>
      `${measure} for ${group} is ${found}, not a whole number: enter the number of pupils, or a percentage with %`,
  ),
  'count.above-cohort': rule<{ measure: string; group: string; found: string; cohort: number }>(
    'error',
    ({ measure, group, found, cohort }) =>
      `${measure} for ${group} is ${found} but the cohort is ${cohort}: this looks like a percentage; ` +
      'enter the number of pupils, or a percentage with %',
  ),
  'cell.not-a-number': rule<{ measure: string; group: string; found: string }>(
    'error',
    ({ measure, group, found }) =>
      `${measure} for ${group} is "${found}", neither a number nor a percentage: enter a number, ` +
      'or leave it blank if not predicted',
  ),
  'cell.percent-out-of-range': rule<{ measure: string; group: string; found: string }>(
    'error',
    ({ measure, group, found }) =>
      `${measure} for ${group} is ${found}, a percentage outside 0% to 100%: enter the number of pupils, ` +
      'or a percentage of the cohort',
  ),
  'cell.excel-error': rule<{ measure: string; group: string; found: string }>(
    'error',
    ({ measure, group, found }) =>
      `${measure} for ${group} shows the Excel error ${found}: correct the formula or type the value`,
  ),
  'cell.read-as-blank': rule<{ measure: string; group: string; found: string }>(
    'warning',
    ({ measure, group, found }) => `${measure} for ${group} is "${found}", read as blank (not predicted)`,
  ),
  'cell.percent-converted': rule<{ measure: string; group: string; found: string; cohort: number; count: number }>(
    'warning',
    ({ measure, group, found, cohort, count }) =>
      `${measure} for ${group} was given as ${found}; read as ${count} of the cohort of ${cohort} pupils`,
  ),
  'cell.formula-without-result': rule<{ measure: string; group: string }>(
    'query',
    ({ measure, group }) =>
      `${measure} for ${group} is a formula with no saved result, so it was read as blank: ` +
      'open the file in Excel, recalculate, save and send it again',
  ),
  'mean.as-percent': rule<{ measure: string; group: string; found: string }>(
    'error',
    ({ measure, group, found }) =>
      `${measure} for ${group} is ${found}, a percentage, but ${measure} is an average score: ` +
      `enter the group's average`,
  ),
  'mean.out-of-range': rule<{ measure: string; group: string; found: number; min: number; max: number }>(
    'query',
    ({ measure, group, found, min, max }) =>
      `${measure} for ${group} is ${found}, outside the usual range ${min} to ${max}: check the prediction`,
  ),

  // Rules across cells (queries for challenge)
  'implication.breach': rule<{ group: string; measure: string; count: number; other: string; otherCount: number }>(
    'query',
    ({ group, measure, count, other, otherCount }) =>
      `${measure} for ${group} is ${count}, above ${other} (${otherCount}), which it can never exceed: ` +
      'check both predictions',
  ),
  'partition.above-whole': rule<{ quantity: string; parts: string; sum: number; whole: string; wholeValue: number }>(
    'query',
    ({ quantity, parts, sum, whole, wholeValue }) =>
      `${quantity}: ${parts} add up to ${sum}, more than ${whole} (${wholeValue}): check the pupil group rows`,
  ),
  'subset.above-whole': rule<{ quantity: string; group: string; value: number; whole: string; wholeValue: number }>(
    'query',
    ({ quantity, group, value, whole, wholeValue }) =>
      `${quantity}: ${group} (${value}) is more than ${whole} (${wholeValue}): check the pupil group rows`,
  ),

  // Challenge (domain.md: queries an adviser answers)
  'challenge.below-last-actual': rule<{
    measure: string;
    group: string;
    rate: string;
    actual: string;
    year: string;
    margin: number;
  }>(
    'query',
    ({ measure, group, rate, actual, year, margin }) =>
      `${measure} for ${group} is predicted at ${rate}%, more than ${margin} points below the school's ` +
      `actual ${actual}% in ${year}: ask what has changed`,
  ),
  'challenge.below-floor': rule<{ measure: string; rate: string; floor: number; year: string }>(
    'query',
    ({ measure, rate, floor, year }) =>
      `${measure} for all pupils is predicted at ${rate}%, below the ${year} floor standard of ${floor}%: ` +
      `discuss the school's plans`,
  ),
  'challenge.group-far-from-whole': rule<{
    measure: string;
    group: string;
    rate: string;
    whole: string;
    margin: number;
  }>(
    'query',
    ({ measure, group, rate, whole, margin }) =>
      `${measure} for ${group} is predicted at ${rate}%, more than ${margin} points from all pupils' ${whole}%: ` +
      `check the group's prediction`,
  ),
} as const;
