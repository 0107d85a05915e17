// CSV text for anything published or handed on. Text that came from outside (school names,
// messages) is neutralised so a spreadsheet never runs it (pitfalls.md: formula injection);
// numbers stay numbers, so a negative gap is not escaped into text.
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | null | undefined;

export interface CsvOptions {
  /**
   * Quote a field holding `;` or a tab as well as `,`, a quote or a line break, so a spreadsheet
   * that guesses the separator still reads it as one field.
   */
  readonly quoteSeparators?: boolean;
}

export function csvText(
  headers: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: CsvOptions = {},
): string {
  return stringify([headers as string[], ...(rows as CsvValue[][])], {
    escape_formulas: true,
    record_delimiter: 'unix',
    ...(options.quoteSeparators ? { quoted_match: /[;\t]/ } : {}),
  });
}
