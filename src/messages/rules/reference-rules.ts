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
} as const;
