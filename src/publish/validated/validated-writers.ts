// The validated report through the writers: md for a reader (a table per measure, with the rules
// under the title), csv for a program (the tidy table).
import { validatedText } from '../../messages/validated-text.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';
import type { Heading } from '../writers/writer.js';
import { validatedMeasureTables, validatedTidyTable, type ValidatedTablesInput } from './validated-tables.js';

export interface ValidatedPublication extends ValidatedTablesInput {
  academicYear: string;
  files: readonly string[];
  /** For attendance, the last term the returns are summed to; absent for a key stage's Actual round. */
  term?: string;
  unlike: readonly { measure: string; ours: number; theirs: number }[];
}

export function validatedNotes(r: ValidatedPublication): string[] {
  return [
    validatedText['validated-report.from-validated'](r.files),
    r.term ? validatedText['validated-report.from-attendance'](r.term) : validatedText['validated-report.from-actual'],
    ...r.unlike.map((u) => validatedText['validated-report.threshold-unlike'](u.measure, u.ours, u.theirs) + '.'),
    validatedText['validated-report.rank-rule'],
    validatedText['validated-report.difference-rule'],
    validatedText['validated-report.symbols-rule'],
  ];
}

/** The report's title (attendance, or the key stage, and the year) and its rules. */
export function validatedHeading(r: ValidatedPublication): Heading {
  const what = r.term ? validatedText['validated-report.what-attendance'] : r.keyStage;
  return { title: validatedText['validated-report.title'](what, r.academicYear), notes: validatedNotes(r) };
}

export function validatedMarkdown(r: ValidatedPublication): string {
  return markdownWriter(validatedHeading(r)).write(validatedMeasureTables(r));
}

export function validatedCsv(r: ValidatedPublication): string {
  return csvWriter().write([validatedTidyTable(r)]);
}
