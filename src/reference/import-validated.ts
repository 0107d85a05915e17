// `validated import FILE --year Y`: a DfE performance-tables school-level download (absence, KS2,
// KS4), told by its header, stored as the round Validated for the LAs asked for. The downloads do
// not say their year in their content, so the year is given; a line that is neither a figure nor
// a symbol of the tables refuses the file, with its line and column.
import { performanceTables, type PerformanceTables } from '../../schemas/formats/performance-tables.schema.js';
import { catalogue, type Catalogue } from '../domain/catalogue.js';
import { hasErrors, message, type Message } from '../messages/message.js';
import { readBook, textsOf } from './published-table.js';
import type { Store } from '../store/open-store.js';
import { storeValidated } from '../store/queries/validated.js';
import { figureColumns, readPerformanceTable } from './read-performance-table.js';

export interface ValidatedImportResult {
  file: string;
  refused: boolean;
  messages: Message[];
  /** Figures (or their symbols) stored. */
  stored: number;
  /** School lines of the LAs asked for. */
  schools: number;
  /** The columns read, as the file names them. */
  columns: string[];
}

export async function importValidated(
  store: Store,
  path: string,
  o: { academicYear: string; las: readonly string[] },
  cat: Catalogue = catalogue(),
  map: PerformanceTables = performanceTables,
): Promise<ValidatedImportResult> {
  const refused = (messages: Message[]) => ({
    file: path,
    refused: true,
    messages,
    stored: 0,
    schools: 0,
    columns: [],
  });
  const read = await readBook(path);
  if (!read.ok) return refused(read.messages);
  const sheet = read.book.sheets[0];
  const figures = read.book.format === 'csv' && sheet ? figureColumns(textsOf(sheet.rows[0]), map) : [];
  if (!sheet || figures.length === 0) {
    const columns = [...map.recognisedBy, map.columns.la.join(' or '), 'a figure column (PERCTOT, PTRWM_EXP, …)'];
    return refused([...read.messages, message('reference.missing-columns', { file: path }, { columns })]);
  }
  const reading = readPerformanceTable(path, sheet, { ...o, cat, map });
  const messages = [...read.messages, ...reading.messages];
  if (reading.schools === 0) messages.push(message('validated.no-schools', { file: path }, { la: o.las.join(', ') }));
  if (hasErrors(messages)) return refused(messages);
  await storeValidated(store, reading.rows);
  return {
    file: path,
    refused: false,
    messages,
    stored: reading.rows.length,
    schools: reading.schools,
    columns: figures.map((f) => f.figure.column),
  };
}
