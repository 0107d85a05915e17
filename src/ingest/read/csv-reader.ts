// Reads a CSV file into a RawBook of one sheet whose rows are the file's lines. Every cell is
// text here; the normalise stage reads numbers and percentages out of it.
import { CsvError, parse } from 'csv-parse/sync';
import { message } from '../../messages/rules.js';
import type { Message } from '../../messages/message.js';
import type { ReadResult } from './reader.js';
import type { CellValue, RawRow } from './raw-sheet.js';
import type { SourceFile } from './source-file.js';
import { decodeText, detectDelimiter } from './decode-text.js';

const toCell = (text: string): CellValue => (text.trim() === '' ? { kind: 'blank' } : { kind: 'text', value: text.trim() });

export async function readCsv(source: SourceFile): Promise<ReadResult> {
  return readCsvSync(source);
}

export function readCsvSync(source: SourceFile): ReadResult {
  const { text, encoding } = decodeText(source.bytes);
  const messages: Message[] = [];
  if (encoding === 'windows-1252') messages.push(message('csv.windows-1252', { file: source.name }));
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      skip_empty_lines: true,
      // Ragged lines are kept and reported line by line by the locate stage.
      relax_column_count: true,
    }) as never;
  } catch (error) {
    const line = error instanceof CsvError ? (error as unknown as { lines?: number }).lines : undefined;
    const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 160) : String(error);
    return { ok: false, messages: [...messages, message('csv.malformed', { file: source.name, ...(line ? { line } : {}) }, { detail })] };
  }
  const rows: RawRow[] = records
    .filter(({ record }) => record.some((v) => v.trim() !== ''))
    .map(({ record, info }) => ({ number: info.lines, cells: record.map(toCell) }));
  return { ok: true, book: { format: 'csv', sheets: [{ name: source.name, visible: true, rows }] }, messages };
}
