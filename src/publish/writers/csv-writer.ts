// A published table as tidy csv: a header of the columns' codes, then one line per row. Numbers
// are written as they are (the report rounded them); symbols as they are; every text is
// neutralised against formulas (csv-text.ts), and a field holding , ; a tab or a quote is quoted.
// Notes, provenance and cell colours are not data, and are left to the formats a person reads;
// a list is written as the table it is.
import type { Cell, PublishedTable } from '../table/published-table.js';
import { csvText, type CsvValue } from './csv-text.js';
import type { TextWriter } from './writer.js';

const csvValue = (cell: Cell | undefined): CsvValue =>
  cell === null || cell === undefined ? null : typeof cell === 'object' ? cell.text : cell;

/** The csv of one table. */
export function tableCsv(table: PublishedTable): string {
  return csvText(
    table.columns.map((c) => c.code),
    table.rows.map((r) => table.columns.map((_, i) => csvValue(r.cells[i]))),
    { quoteSeparators: true },
  );
}

/** A csv file holds one table; asked for more, it refuses rather than run two together. */
export function csvWriter(): TextWriter {
  return {
    format: 'csv',
    write(tables) {
      const [table, ...more] = tables;
      if (!table || more.length > 0) throw new Error(`A csv holds one table, not ${tables.length}.`);
      return tableCsv(table);
    },
  };
}
