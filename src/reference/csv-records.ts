// A CSV read as a stream of records with their line numbers, so a 64 MB GIAS extract is never held
// as text or as cells: each record is looked at and let go (issue 12).
import { CsvError, parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { detectDelimiter } from '../ingest/read/decode-text.js';
import { CsvScanner, UnclosedQuote, type ScannedRecord } from './csv-scan.js';

export type Encoding = 'utf-8' | 'windows-1252';

/** A record: `line` is the 1-based line of the file on which it starts. */
export type CsvRecord = ScannedRecord;

/** The bytes' encoding: UTF-8 when every byte reads as UTF-8 (a BOM or not), else Windows-1252, GIAS's own. */
export async function encodingOf(chunks: AsyncIterable<Uint8Array>): Promise<Encoding> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) utf8.decode(chunk, { stream: true });
    utf8.decode();
    return 'utf-8';
  } catch (error) {
    if (error instanceof TypeError) return 'windows-1252';
    throw error;
  }
}

// pitfalls.md: Node's own windows-1252 decoder gets 0x80-0x9F wrong (’ “ ” €). Windows-1252 is
// Latin-1 but for those 32 bytes, so the bytes are read as Latin-1 (native, fast over 64 MB) and
// those 32 put right from iconv-lite's table.
const CP1252_HIGH = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252');
const fromCp1252 = (c: string) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!;

async function* decode(chunks: AsyncIterable<Uint8Array>, encoding: Encoding): AsyncGenerator<string> {
  const utf8 = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text =
      encoding === 'utf-8'
        ? utf8.decode(chunk, { stream: true })
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
            .toString('latin1')
            .replace(/[\x80-\x9f]/g, fromCp1252);
    if (text) yield text;
  }
  const rest = encoding === 'utf-8' ? utf8.decode() : '';
  if (rest) yield rest;
}

/** A CSV that cannot be read to its end, with the line where it goes wrong. */
export class CsvReadError extends Error {
  constructor(
    detail: string,
    readonly line?: number,
  ) {
    super(detail);
  }
}

export async function* csvRecords(chunks: AsyncIterable<Uint8Array>, encoding: Encoding): AsyncGenerator<CsvRecord> {
  let scanner: CsvScanner | undefined;
  let head = '';
  for await (const text of decode(chunks, encoding)) {
    if (!scanner) {
      // The separator is told from the header line, so wait until it is whole; a BOM is not a heading's.
      head += text;
      if (!head.includes('\n')) continue;
      scanner = new CsvScanner(detectDelimiter((head = head.replace(/^\uFEFF/, ''))));
      yield* scanner.push(head);
    } else yield* scanner.push(text);
  }
  scanner ??= new CsvScanner(detectDelimiter((head = head.replace(/^\uFEFF/, ''))));
  if (head !== '' && !head.includes('\n')) yield* scanner.push(head);
  try {
    yield* scanner.end();
  } catch (error) {
    if (error instanceof UnclosedQuote) throw new CsvReadError(error.message, error.line);
    throw error;
  }
}
