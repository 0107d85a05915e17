// Rules about the DfE performance tables' school-level downloads, the round Validated (issue 12).
// Part of the one catalogue in ../rules.ts.
import { rule } from './rule.js';

export const validatedRules = {
  'validated.symbols': rule<{ skipped: number; kinds: readonly string[] }>(
    'warning',
    ({ skipped, kinds }) =>
      `${skipped} figure(s) published as a symbol, not a number (${kinds.join(', ')}): ` +
      'stored as the symbol; a school is ranked on each figure it has',
  ),
  'validated.no-schools': rule<{ la: string }>(
    'error',
    ({ la }) =>
      `no school line of the file has LA code ${la}: check --la, and that this is a school-level download ` +
      'of the performance tables',
  ),
} as const;
