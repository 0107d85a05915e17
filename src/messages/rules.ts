// Every sentence a user reads about their files, in one place: the console, the --report CSV,
// the store and the HTML report all draw on these words. Each rule has a stable id, a severity
// and a sentence that says what was found and what to do.
import type { Severity } from './place.js';

type Say<F> = (facts: F) => string;
export interface Rule<F> {
  severity: Severity;
  say: Say<F>;
}
const rule = <F = Record<string, never>>(severity: Severity, say: Say<F>): Rule<F> => ({ severity, say });
const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
const nearest = (names: readonly string[]) => (names.length ? ` (nearest known: ${list(names)})` : '');

export const rules = {
  // The file as a whole
  'file.empty': rule('error', () => 'the file is empty (0 bytes): ask the school to send it again'),
  'file.xls': rule(
    'error',
    () =>
      'this is an old Excel 97-2003 workbook (.xls), not .xlsx: open it in Excel, save it as "Excel Workbook (.xlsx)" and import that',
  ),
  'file.encrypted': rule(
    'error',
    () => 'the workbook is password-protected: ask the school to remove the password and send it again',
  ),
  'file.truncated': rule(
    'error',
    () => 'the file is an incomplete zip (cut short in sending or saving): ask the school to send it again',
  ),
  'file.misnamed': rule<{ actual: string }>(
    'error',
    ({ actual }) =>
      `the file is named as a workbook but is ${actual}: save it from Excel as .xlsx, or rename it to what it is`,
  ),
  'file.unreadable': rule<{ detail: string }>(
    'error',
    ({ detail }) => `the workbook cannot be read (${detail}): open it in Excel, save it again and re-import it`,
  ),
  'file.reader-fault': rule<{ detail: string }>(
    'error',
    ({ detail }) =>
      `school-returns failed while reading this file (${detail}): the fault is in school-returns, not necessarily the file; send the file to its maintainers`,
  ),
  'file.copy-of-refused': rule<{ other: string }>(
    'error',
    ({ other }) => `this is byte for byte the same as ${other}, where it was refused: see that file's messages`,
  ),
  'file.too-many-parts': rule<{ parts: number; limit: number }>(
    'error',
    ({ parts, limit }) =>
      `the workbook is made of ${parts} parts, more than the ${limit} a return may: send only the return sheet, saved as a new workbook`,
  ),
  'file.too-large': rule<{ megabytes: number; limit: number }>(
    'error',
    ({ megabytes, limit }) =>
      `the workbook expands to ${megabytes} MB, more than the ${limit} MB a return may: send only the return sheet`,
  ),
  'file.not-a-return': rule<{ actual: string }>(
    'error',
    ({ actual }) => `this is ${actual}, not an .xlsx or .csv return: import the return itself`,
  ),
  'file.read-failed': rule<{ detail: string }>(
    'error',
    ({ detail }) => `the file could not be read from disk (${detail}): check the path and its permissions`,
  ),
  'file.not-found': rule('error', () => 'no such file or folder: check the path'),

  // CSV
  'csv.windows-1252': rule(
    'warning',
    () =>
      'the file is not UTF-8, so it was read as Windows-1252 (Excel\'s "CSV" encoding): check names with accents or curly quotes',
  ),
  'csv.malformed': rule<{ detail: string }>(
    'error',
    ({ detail }) => `the CSV cannot be parsed (${detail}): check for an unclosed quote near this line`,
  ),
  'csv.ragged-row': rule<{ found: number; expected: number }>(
    'error',
    ({ found, expected }) =>
      `this line has ${found} fields but the header has ${expected}: remove the extra separators or quote the value`,
  ),
  'csv.duplicate-header': rule<{ heading: string }>(
    'error',
    ({ heading }) => `the column "${heading}" appears twice in the header: keep one`,
  ),
  'csv.unknown-layout': rule<{ expected: string }>(
    'error',
    ({ expected }) => `the header is not a layout this tool reads: expected ${expected}`,
  ),
  'csv.cohort-inconsistent': rule<{ group: string; first: string; found: string }>(
    'error',
    ({ group, first, found }) =>
      `the cohort for ${group} is ${found} here but ${first} on an earlier line: give one cohort for each pupil group`,
  ),
  'csv.duplicate-value': rule<{ measure: string; group: string; firstLine: number }>(
    'error',
    ({ measure, group, firstLine }) =>
      `${measure} for ${group} is given twice (first on line ${firstLine}): keep one line for it`,
  ),
  'csv.blank': rule('error', () => 'the CSV has only blank lines, no header and no data: export it again'),
  'csv.no-rows': rule('error', () => 'the CSV has a header but no data lines: export it again with its rows'),

  // Finding the table
  'sheet.not-found': rule<{ wanted: string; visible: readonly string[] }>(
    'error',
    ({ wanted, visible }) =>
      `there is no sheet named "${wanted}", and the workbook has ${visible.length} visible sheets (${list(visible)}): rename the return's sheet to "${wanted}"`,
  ),
  'sheet.ambiguous': rule<{ sheets: readonly string[] }>(
    'error',
    ({ sheets }) =>
      `the workbook has more than one sheet that could be the return (${list(sheets)}): delete or rename all but the one to import`,
  ),
  'table.not-found': rule<{ sheet: string }>(
    'error',
    ({ sheet }) =>
      `no row on sheet "${sheet}" has "Pupil group" in column A, so the table cannot be found: restore the table's header row from the template`,
  ),
  'table.empty': rule('error', () => 'the table has a header row but no pupil group rows below it: fill in the table'),
  'table.cohort-column': rule<{ found: string }>(
    'error',
    ({ found }) => `the column after "Pupil group" must be "Cohort", found "${found}": restore the template's columns`,
  ),

  // Header block
  'header.missing': rule<{ label: string }>(
    'error',
    ({ label }) =>
      `the header block has no ${label}: add a row with "${label}" in column A and its value in column B above the table`,
  ),
  'header.duplicate': rule<{ label: string; first: string; firstAt: string; found: string }>(
    'error',
    ({ label, first, firstAt, found }) =>
      `the header block gives ${label} twice, ${first} at ${firstAt} and ${found} here: keep the right one`,
  ),
  'header.unrecognised': rule<{ label: string; found: string; expected: string }>(
    'error',
    ({ label, found, expected }) => `the ${label} "${found}" is not recognised: write ${expected}`,
  ),
  'header.no-framework': rule<{ year: string }>(
    'error',
    ({ year }) => `no framework of measures in the catalogue covers ${year}: check the academic year`,
  ),

  // The school
  'school.not-in-register': rule<{ identifier: string }>(
    'error',
    ({ identifier }) =>
      `${identifier} is not in the schools register: import the register first (school-returns register import), or correct the identifier`,
  ),
  'school.closed': rule<{ identifier: string; name: string; closed: string; year: string }>(
    'error',
    ({ identifier, name, closed, year }) =>
      `${identifier} is ${name}, which closed on ${closed}, before ${year}: use the URN the school has now (an academy has a new one)`,
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
      `the column "${found}" is not a ${keyStage} measure in the catalogue${nearest(n)}: rename it to a measure's name, or clear its heading`,
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
      `this column has values ("${found}" and perhaps more) but no heading, so none of them was read: give the column its measure's name and send the return again, or clear it`,
  ),
  'column.ignored': rule<{ heading: string }>(
    'warning',
    ({ heading }) => `the column "${heading}" is not a measure and was ignored`,
  ),

  // Cells
  'cohort.invalid': rule<{ group: string; found: string }>(
    'error',
    ({ group, found }) =>
      `the cohort for ${group} is "${found}": enter the number of pupils, a whole number above zero`,
  ),
  'cohort.formula-without-result': rule<{ group: string }>(
    'error',
    ({ group }) =>
      `the cohort for ${group} is a formula with no saved result, and no figure of the group can be read without it: open the file in Excel, recalculate, save and send it again`,
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
      `${measure} for ${group} is ${found} but the cohort is ${cohort}: this looks like a percentage; enter the number of pupils, or a percentage with %`,
  ),
  'cell.not-a-number': rule<{ measure: string; group: string; found: string }>(
    'error',
    ({ measure, group, found }) =>
      `${measure} for ${group} is "${found}", neither a number nor a percentage: enter a number, or leave it blank if not predicted`,
  ),
  'cell.percent-out-of-range': rule<{ measure: string; group: string; found: string }>(
    'error',
    ({ measure, group, found }) =>
      `${measure} for ${group} is ${found}, a percentage outside 0% to 100%: enter the number of pupils, or a percentage of the cohort`,
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
      `${measure} for ${group} is a formula with no saved result, so it was read as blank: open the file in Excel, recalculate, save and send it again`,
  ),
  'mean.as-percent': rule<{ measure: string; group: string; found: string }>(
    'error',
    ({ measure, group, found }) =>
      `${measure} for ${group} is ${found}, a percentage, but ${measure} is an average score: enter the group's average`,
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
      `${measure} for ${group} is ${count}, above ${other} (${otherCount}), which it can never exceed: check both predictions`,
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
      `${measure} for ${group} is predicted at ${rate}%, more than ${margin} points below the school's actual ${actual}% in ${year}: ask what has changed`,
  ),
  'challenge.below-floor': rule<{ measure: string; rate: string; floor: number; year: string }>(
    'query',
    ({ measure, rate, floor, year }) =>
      `${measure} for all pupils is predicted at ${rate}%, below the ${year} floor standard of ${floor}%: discuss the school's plans`,
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
      `${measure} for ${group} is predicted at ${rate}%, more than ${margin} points from all pupils' ${whole}%: check the group's prediction`,
  ),

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
      `${column} for ${group} is a formula with no saved result, and the return cannot be summed without it: open the file in Excel, recalculate, save and send it again`,
  ),
  'attendance.absence-above-possible': rule<{ group: string; absence: number; possible: number }>(
    'error',
    ({ group, absence, possible }) =>
      `for ${group}, authorised + unauthorised absence is ${absence} sessions, more than the ${possible} possible sessions: check the three figures`,
  ),
  'attendance.persistent-above-enrolments': rule<{ group: string; persistent: number; enrolments: number }>(
    'error',
    ({ group, persistent, enrolments }) =>
      `for ${group}, ${persistent} persistent absentees is more than the ${enrolments} enrolments: check both figures`,
  ),
  'attendance.sessions-per-pupil': rule<{ group: string; perPupil: number; limit: number }>(
    'query',
    ({ group, perPupil, limit }) =>
      `for ${group}, possible sessions are ${perPupil} per enrolment, more than the ${limit} a term allows: check possible sessions and enrolments`,
  ),
  'attendance.sessions-without-pupils': rule<{ group: string; possible: number }>(
    'query',
    ({ group, possible }) =>
      `for ${group}, there are ${possible} possible sessions but no enrolments: check both figures`,
  ),
  'attendance.high-absence': rule<{ group: string; rate: string; limit: number }>(
    'query',
    ({ group, rate, limit }) => `overall absence for ${group} is ${rate}%, above ${limit}%: check the absence figures`,
  ),
  'attendance.enrolments-changed': rule<{ enrolments: number; previous: number; previousPeriod: string }>(
    'query',
    ({ enrolments, previous, previousPeriod }) =>
      `enrolments are ${enrolments}, against ${previous} in the school's previous return (${previousPeriod}), a change of more than half: check enrolments`,
  ),

  // Reference files
  'reference.bad-row': rule<{ detail: string }>(
    'error',
    ({ detail }) => `${detail}: correct the line and import the file again`,
  ),
  'reference.missing-columns': rule<{ columns: readonly string[] }>(
    'error',
    ({ columns }) => `the header lacks the column(s) ${list(columns)}: export the file again with them`,
  ),
  'register.no-schools': rule<{ la: string }>(
    'error',
    ({ la }) =>
      `no open or closed school in the file has LA code ${la}: check --la and that this is a GIAS establishment extract`,
  ),
} as const;

export type RuleId = keyof typeof rules;
