// Rules about who and what a return is about: the school against the register, its pupil groups
// and measures against the catalogue. Part of the one catalogue in ../rules.ts.
import { rule, nearest } from './rule.js';

export const identityRules = {
  // The school
  'school.not-in-register': rule<{ identifier: string }>(
    'error',
    ({ identifier }) =>
      `${identifier} is not in the schools register: ` +
      'import the register first (school-returns register import), or correct the identifier',
  ),
  'school.closed': rule<{ identifier: string; name: string; closed: string; year: string }>(
    'error',
    ({ identifier, name, closed, year }) =>
      `${identifier} is ${name}, which closed on ${closed}, before ${year}: ` +
      'use the URN the school has now (an academy has a new one)',
  ),
  'school.not-open-yet': rule<{ identifier: string; name: string; opened: string; year: string }>(
    'error',
    ({ identifier, name, opened, year }) =>
      `${identifier} is ${name}, which opened on ${opened}, after ${year}: ` +
      "an academy's new URN cannot return for its predecessor's years; use the predecessor's URN or the LAESTAB",
  ),
  'school.identifiers-disagree': rule<{ urn: string; laestab: string; urnSchool: string; laestabSchool: string }>(
    'error',
    ({ urn, laestab, urnSchool, laestabSchool }) =>
      `URN ${urn} is ${urnSchool} but LAESTAB ${laestab} is ${laestabSchool}: correct whichever is wrong`,
  ),
  'school.name-differs': rule<{ found: string; registered: string }>(
    'warning',
    ({ found, registered }) =>
      `the school name "${found}" differs from the register's "${registered}": the register's name is used`,
  ),

  // Pupil groups and measures
  'group.unknown': rule<{ found: string; nearest: readonly string[] }>(
    'error',
    ({ found, nearest: n }) =>
      `"${found}" is not a pupil group in the catalogue${nearest(n)}: use one of the catalogue's names`,
  ),
  'group.duplicate': rule<{ group: string; firstAt: string }>(
    'error',
    ({ group, firstAt }) => `the pupil group ${group} appears twice (first at ${firstAt}): keep one row for it`,
  ),
  'group.whole-missing': rule<{ label: string }>(
    'error',
    ({ label }) => `there is no "${label}" row: every return needs the whole cohort`,
  ),
  'group.no-pupils': rule<{ group: string }>(
    'warning',
    ({ group }) => `${group} has a cohort of 0 and no predictions, so the row is left out`,
  ),
  'measure.unknown': rule<{ found: string; keyStage: string; nearest: readonly string[] }>(
    'error',
    ({ found, keyStage, nearest: n }) =>
      `the column "${found}" is not a ${keyStage} measure in the catalogue${nearest(n)}: ` +
      `rename it to a measure's name, or clear its heading`,
  ),
  'measure.wrong-framework': rule<{ found: string; year: string; framework: string }>(
    'error',
    ({ found, year, framework }) =>
      `"${found}" is not a measure of ${year}, which uses the ${framework} framework: use the template for ${year}`,
  ),
  'measure.duplicate': rule<{ measure: string; firstAt: string }>(
    'error',
    ({ measure, firstAt }) => `the measure ${measure} appears twice (first at ${firstAt}): keep one column for it`,
  ),
  'column.unnamed': rule<{ found: string }>(
    'query',
    ({ found }) =>
      `this column has values ("${found}" and perhaps more) but no heading, so none of them was read: ` +
      `give the column its measure's name and send the return again, or clear it`,
  ),
  'column.ignored': rule<{ heading: string }>(
    'warning',
    ({ heading }) => `the column "${heading}" is not a measure and was ignored`,
  ),
} as const;
