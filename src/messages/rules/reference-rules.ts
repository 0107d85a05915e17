// Rules about reference files: the schools register, groups, comparators and targets.
// Part of the one catalogue in ../rules.ts.
import { rule, list } from './rule.js';

export const referenceRules = {
  // Reference files
  'reference.bad-row': rule<{ detail: string }>(
    'error',
    ({ detail }) => `${detail}: correct the line and import the file again`,
  ),
  'reference.missing-columns': rule<{ columns: readonly string[] }>(
    'error',
    ({ columns }) => `the header lacks the column(s) ${list(columns)}: export the file again with them`,
  ),
  'ofsted.no-judgement': rule<{ skipped: number }>(
    'warning',
    ({ skipped }) => `${skipped} line(s) of the register's schools skipped with no overall effectiveness (not judged)`,
  ),
  'register.no-schools': rule<{ la: string }>(
    'error',
    ({ la }) =>
      `no open or closed school in the file has LA code ${la}: ` +
      'check --la and that this is a GIAS establishment extract',
  ),
  'register.skipped': rule<{ skipped: number; kinds: readonly string[] }>(
    'warning',
    ({ skipped, kinds }) =>
      `${skipped} establishment(s) of the LA skipped as not schools the city collects from (${kinds.join(', ')}): ` +
      'schemas/formats/establishment-types.json lists the types kept',
  ),
  'register.zip-unreadable': rule<{ detail: string }>(
    'error',
    ({ detail }) => `the zip cannot be read (${detail}): download Results.zip from GIAS again`,
  ),
  'register.zip-no-csv': rule<{ found: readonly string[] }>(
    'error',
    ({ found }) =>
      `the zip holds no CSV (${found.length ? list(found) : 'nothing'}): ` +
      'give the Results.zip GIAS sends, holding extract/edubasealldata<date>.csv',
  ),
  // Published comparator files (EES, LAIT) and statistical neighbours, read as downloaded (issue 12)
  'comparators.symbols-skipped': rule<{ skipped: number; kinds: readonly string[] }>(
    'warning',
    ({ skipped, kinds }) =>
      `${skipped} figure(s) not stored, published as a symbol in place of a number (${kinds.join(', ')}): ` +
      'there is no figure there to compare with',
  ),
  'comparators.unmapped-skipped': rule<{ skipped: number; what: string; kinds: readonly string[] }>(
    'warning',
    ({ skipped, what, kinds }) =>
      `${skipped} row(s) skipped, their ${what} not a catalogue pupil group or measure (${kinds.join(', ')}): ` +
      'schemas/formats/published-comparators.json maps those read; add a line there to read one',
  ),
  'comparators.provisional': rule<{ count: number; years: readonly string[] }>(
    'warning',
    ({ count, years }) =>
      `${count} figure(s) stored as provisional (${years.join(', ')}): ` +
      'import the final figures when published, and they replace them',
  ),
  'neighbours.rows-below-table': rule<{ skipped: number; detail: string }>(
    'warning',
    ({ skipped, detail }) =>
      `${skipped} row(s) below the table not read (after a blank row, from "${detail}"): ` +
      'only the current lists above it are stored',
  ),
} as const;
