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
} as const;
