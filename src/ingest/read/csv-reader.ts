// Reads a CSV file into a RawBook of one sheet whose rows are the file's lines. Every cell is
// text here; the normalise stage reads numbers and percentages out of it.
import { CsvError, parse } from 'csv-parse/sync';
import { message } from '../../messages/message.js';
import type { Message } from '../../messages/message.js';
import type { CellValue, ReadResult, RawRow } from './raw-sheet.js';
import type { SourceFile } from './source-file.js';
import { decodeText, detectDelimiter } from './decode-text.js';

// Excel writes semicolons where the comma is the decimal separator: there "1,825" is 1.825.
function cellOf(text: string, decimalComma: boolean): CellValue {
  const value = text.trim();
  if (value === '') return { kind: 'blank' };
  return decimalComma ? { kind: 'text', value, decimalComma: true } : { kind: 'text', value };
}

export async function readCsv(source: SourceFile): Promise<ReadResult> {
  return readCsvSync(source);
}

export function readCsvSync(source: SourceFile): ReadResult {
  const decoded = decodeText(source.bytes);
  // A file converted to Windows line endings twice ends its lines \r\r\n: one line end each.
  const text = decoded.text.replace(/\r\r\n/g, '\r\n');
  const { encoding } = decoded;
  const messages: Message[] = [];
  if (encoding === 'windows-1252') messages.push(message('csv.windows-1252', { file: source.name }));
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      // Ragged lines are kept and reported line by line by the locate stage.
      relax_column_count: true,
    }) as never;
  } catch (error) {
    // csv-parse names the line where it gave up, the end of the file for a quote never closed.
    const quoteNotClosed = error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED';
    const line = quoteNotClosed
      ? unclosedQuoteLine(text, delimiter)
      : error instanceof CsvError
        ? (error as unknown as { lines?: number }).lines
        : undefined;
    const detail = quoteNotClosed
      ? 'a quote opened on this line is never closed'
      : error instanceof Error
        ? error.message.replace(/\s+/g, ' ').slice(0, 160)
        : String(error);
    return {
      ok: false,
      messages: [...messages, message('csv.malformed', { file: source.name, ...(line ? { line } : {}) }, { detail })],
    };
  }
  const rows: RawRow[] = records
    .filter(({ record }) => record.some((v) => v.trim() !== ''))
    .map(({ record, info }) => ({
      number: info.lines - newlinesIn(record),
      cells: record.map((text) => cellOf(text, delimiter === ';')),
    }));
  return { ok: true, book: { format: 'csv', sheets: [{ name: source.name, visible: true, rows }] }, messages };
}

/** csv-parse counts lines to a record's end; a quoted field over several lines moves its start back. */
const newlinesIn = (record: readonly string[]) => record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);

/** The 1-based line on which the quote still open at the end of `text` was opened. */
function unclosedQuoteLine(text: string, delimiter: string): number | undefined {
  let line = 1;
  let openedAt: number | undefined;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (openedAt !== undefined) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') openedAt = undefined;
      else if (ch === '\n') line++;
      fieldStart = false;
      continue;
    }
    if (ch === '"' && fieldStart) openedAt = line;
    if (ch === '\n') line++;
    fieldStart = ch === delimiter || ch === '\n' || ch === '\r';
  }
  return openedAt;
}
