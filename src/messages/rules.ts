// Every sentence a user reads about their files, in one place: the console, the --report CSV,
// the store and the HTML report all draw on these words. Each rule has a stable id, a severity
// and a sentence that says what was found and what to do. The rules are written by topic in
// rules/ and joined here into the one catalogue that message() reads.
import { attendanceRules } from './rules/attendance-rules.js';
import { fileRules } from './rules/file-rules.js';
import { identityRules } from './rules/identity-rules.js';
import { referenceRules } from './rules/reference-rules.js';
import { sheetRules } from './rules/sheet-rules.js';
import { valueRules } from './rules/value-rules.js';
import { validatedRules } from './rules/validated-rules.js';

export type { Rule } from './rules/rule.js';

/** The topic files, in the catalogue's order; an id belongs to exactly one of them. */
export const ruleTopics = {
  file: fileRules,
  sheet: sheetRules,
  identity: identityRules,
  value: valueRules,
  attendance: attendanceRules,
  reference: referenceRules,
  validated: validatedRules,
} as const;

export const rules = {
  ...fileRules,
  ...sheetRules,
  ...identityRules,
  ...valueRules,
  ...attendanceRules,
  ...referenceRules,
  ...validatedRules,
} as const;

export type RuleId = keyof typeof rules;
