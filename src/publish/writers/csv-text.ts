// CSV text for anything published or handed on. Text that came from outside (school names,
// messages) is neutralised so a spreadsheet never runs it (pitfalls.md: formula injection);
// numbers stay numbers, so a negative gap is not escaped into text.
import { stringify } from 'csv-stringify/sync';
import { printable } from '../../domain/printable.js';

export type CsvValue = string | number | null | undefined;

export interface CsvOptions {
  /**
   * Quote a field holding `;` or a tab as well as `,`, a quote or a line break, so a spreadsheet
   * that guesses the separator still reads it as one field.
   */
  readonly quoteSeparators?: boolean;
}

// A formula character after a separator of any locale (, ; tab), a line break or leading spaces
// would start a field of its own in a spreadsheet that splits or trims there, quoted or not
// (OWASP, CSV injection): a ' is put before it, as escape_formulas does at the field's start.
const FORMULA_AFTER_SEPARATOR = /(^\s+|[,;\t\r\n]\s*)([=+\-@])/g;
const inert = (text: string) => printable(text).replace(FORMULA_AFTER_SEPARATOR, "$1'$2");

export function csvText(
  headers: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: CsvOptions = {},
): string {
  const shown = rows.map((row) => row.map((v) => (typeof v === 'string' ? inert(v) : v)));
  return stringify([headers as string[], ...shown], {
    escape_formulas: true,
    record_delimiter: 'unix',
    ...(options.quoteSeparators ? { quoted_match: /[;\t]/ } : {}),
  });
}
