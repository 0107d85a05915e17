// Reads a CSV file into a RawBook of one sheet whose rows are the file's lines. Every cell is
// text here; the normalise stage reads numbers and percentages out of it.
import { CsvError, parse, type Options } from 'csv-parse/sync';
import type { Limits } from '../../../schemas/settings.schema.js';
import { settings } from '../../../schemas/settings.schema.js';
import { message } from '../../messages/message.js';
import type { Message } from '../../messages/message.js';
import type { CellValue, ReadResult, RawRow } from './raw-sheet.js';
import type { SourceFile } from './source-file.js';
import { measureCsv } from './csv-extent.js';
import { decodeText, detectDelimiter } from './decode-text.js';

// Excel writes semicolons where the comma is the decimal separator: there "1,825" is 1.825.
function cellOf(text: string, decimalComma: boolean): CellValue {
  const value = text.trim();
  if (value === '') return { kind: 'blank' };
  return decimalComma ? { kind: 'text', value, decimalComma: true } : { kind: 'text', value };
}

export async function readCsv(source: SourceFile, limits: Limits = settings.limits): Promise<ReadResult> {
  return readCsvSync(source, limits);
}

/** `limits`: the caps of schemas/settings.json (§8), checked before the text is split into fields. */
export function readCsvSync(source: SourceFile, limits: Limits = settings.limits): ReadResult {
  const decoded = decodeText(source.bytes);
  // A file converted to Windows line endings twice ends its lines \r\r\n: one line end each.
  const text = decoded.text.replaceAll('\r\r\n', '\r\n');
  const { encoding } = decoded;
  const messages: Message[] = [];
  if (encoding === 'windows-1252') messages.push(message('csv.windows-1252', { file: source.name }));
  const refuse = (m: Message): ReadResult => ({ ok: false, messages: [...messages, m] });
  const extent = measureCsv(text, limits);
  if (!extent.ok && extent.problem === 'too-many-lines')
    return refuse(message('csv.too-many-lines', { file: source.name }, { limit: limits.csvLines }));
  if (!extent.ok)
    return refuse(
      message('csv.line-too-long', { file: source.name, line: extent.line }, { limit: limits.csvLineLength }),
    );
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseWithoutTraces(text, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      // Ragged lines are kept and reported line by line by the locate stage.
      relax_column_count: true,
      // A quoted field over many short lines is still one record: capped as a line is.
      max_record_size: limits.csvLineLength,
    });
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') {
      const line = (error as unknown as { lines?: number }).lines;
      return refuse(
        message('csv.line-too-long', { file: source.name, ...(line ? { line } : {}) }, { limit: limits.csvLineLength }),
      );
    }
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
  const tooWide = records.find(({ record }) => record.length > limits.csvColumns);
  if (tooWide)
    return refuse(
      message(
        'csv.too-many-columns',
        { file: source.name, line: tooWide.info.lines - newlinesIn(tooWide.record) },
        { found: tooWide.record.length, limit: limits.csvColumns },
      ),
    );
  const tooLong = records.find(({ record }) => record.some((field) => field.length > limits.csvFieldLength));
  if (tooLong)
    return refuse(
      message(
        'csv.field-too-long',
        { file: source.name, line: tooLong.info.lines - newlinesIn(tooLong.record) },
        { limit: limits.csvFieldLength },
      ),
    );
  const rows: RawRow[] = records
    .filter(({ record }) => record.some((v) => v.trim() !== ''))
    .map(({ record, info }) => ({
      number: info.lines - newlinesIn(record),
      cells: record.map((text) => cellOf(text, delimiter === ';')),
    }));
  return { ok: true, book: { format: 'csv', sheets: [{ name: source.name, visible: true, rows }] }, messages };
}

/**
 * csv-parse builds an error, stack trace and all, for every ragged line it lets through: 250,000 of
 * them took 27 s. The locate stage reports them line by line; their traces are never read.
 */
function parseWithoutTraces(text: string, options: Options): never {
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse(text, options) as never;
  } finally {
    Error.stackTraceLimit = traces;
  }
}

/** csv-parse counts lines to a record's end; a quoted field over several lines moves its start back. */
const newlinesIn = (record: readonly string[]) => record.reduce((n, field) => n + newlines(field), 0);

function newlines(field: string): number {
  let n = 0;
  for (let at = field.indexOf('\n'); at >= 0; at = field.indexOf('\n', at + 1)) n++;
  return n;
}

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
