// CSV text for anything published or handed on. Text that came from outside (school names,
// messages) is neutralised so a spreadsheet never runs it (pitfalls.md: formula injection);
// numbers stay numbers, so a negative gap is not escaped into text.
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | null | undefined;

export function csvText(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return stringify([headers as string[], ...(rows as CsvValue[][])], {
    escape_formulas: true,
    record_delimiter: 'unix',
  });
}
