// Rules about finding the return's sheet and table in a workbook, and its header block (school,
// key stage, year, round). Part of the one catalogue in ../rules.ts.
import { rule, list } from './rule.js';

export const sheetRules = {
  // Finding the table
  'sheet.not-found': rule<{ wanted: string; visible: readonly string[] }>(
    'error',
    ({ wanted, visible }) =>
      `there is no sheet named "${wanted}", and the workbook has ${visible.length} visible sheets ` +
      `(${list(visible)}): rename the return's sheet to "${wanted}"`,
  ),
  'sheet.ambiguous': rule<{ sheets: readonly string[] }>(
    'error',
    ({ sheets }) =>
      `the workbook has more than one sheet that could be the return (${list(sheets)}): ` +
      'delete or rename all but the one to import',
  ),
  'table.not-found': rule<{ sheet: string }>(
    'error',
    ({ sheet }) =>
      `no row on sheet "${sheet}" has "Pupil group" in column A, so the table cannot be found: ` +
      `restore the table's header row from the template`,
  ),
  'table.empty': rule('error', () => 'the table has a header row but no pupil group rows below it: fill in the table'),
  'table.cohort-column': rule<{ found: string }>(
    'error',
    ({ found }) => `the column after "Pupil group" must be "Cohort", found "${found}": restore the template's columns`,
  ),

  'table.merged-cells': rule<{ range: string }>(
    'error',
    ({ range }) =>
      `the cells ${range} of the table are merged, so one figure shows across several cells and what was under ` +
      'the others is hidden: unmerge them and enter one figure in each cell',
  ),

  // Limits on a sheet (schemas/README.md §8)
  'sheet.too-many-cells': rule<{ cells: number; limit: number }>(
    'error',
    ({ cells, limit }) =>
      `the sheet holds ${cells} cells, more than the ${limit} a return may: ` +
      'copy only the return into a new workbook and send that',
  ),
  'sheet.too-many-columns': rule<{ found: number; limit: number }>(
    'error',
    ({ found, limit }) =>
      `the sheet has a cell in column ${found}, beyond the ${limit} columns a return may: ` +
      'delete the columns after the table',
  ),
  'sheet.too-many-merges': rule<{ ranges: number; limit: number }>(
    'error',
    ({ ranges, limit }) =>
      `the sheet has ${ranges} merged ranges, more than the ${limit} a return may: unmerge the cells`,
  ),
  'sheet.merge-too-large': rule<{ cells: number; limit: number }>(
    'error',
    ({ cells, limit }) =>
      `the sheet's merged ranges cover ${cells} cells, more than the ${limit} a return may: unmerge the cells`,
  ),
  'cell.too-long': rule<{ length: number; limit: number }>(
    'error',
    ({ length, limit }) => `this cell holds ${length} characters, more than the ${limit} a cell may: clear it`,
  ),

  // Header block
  'header.missing': rule<{ label: string }>(
    'error',
    ({ label }) =>
      `the header block has no ${label}: ` +
      `add a row with "${label}" in column A and its value in column B above the table`,
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
} as const;
