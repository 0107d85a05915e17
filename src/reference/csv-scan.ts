// A CSV's records found in text that arrives in chunks: quotes (with "" inside) may hold the
// separator and line ends, and a record may run across chunks. Hand-written because csv-parse
// took 5 s over a 64 MB GIAS extract (issue 12 asks for a few seconds); this scan takes well under one.

/**
 * One record: the 1-based line it starts on and its fields, unquoted. The fields are split only
 * when asked for, and `cell(i)` splits only as far as field i: of an all-England extract, only
 * the LA code of most lines is ever looked at.
 */
export class ScannedRecord {
  private split?: string[];

  constructor(
    readonly line: number,
    private readonly text: string,
    private readonly delimiter: string,
  ) {}

  /** Every field, each a string of its own: a slice would keep the whole chunk it came from alive. */
  get cells(): string[] {
    return (this.split ??= splitFields(this.text, this.delimiter).map(own));
  }

  /** Field `index` (0-based), '' beyond the last. */
  cell(index: number): string {
    return (this.split ?? splitFields(this.text, this.delimiter, index + 1))[index] ?? '';
  }
}

/** A copy of `s` that does not share the memory of the text it was sliced from. */
const own = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** A quote opened on `line` was never closed by the end of the text. */
export class UnclosedQuote extends Error {
  constructor(readonly line: number) {
    super('a quote opened on this line is never closed');
  }
}

export class CsvScanner {
  private carry = '';
  private line = 1;

  constructor(private readonly delimiter: string) {}

  /** The records complete in what has arrived so far; the rest is kept for the next chunk. */
  push(text: string): ScannedRecord[] {
    const buf = this.carry + text;
    const records: ScannedRecord[] = [];
    let start = 0;
    for (;;) {
      const end = recordEnd(buf, start);
      if (end < 0) break;
      this.take(buf, start, end, records);
      start = end + 1;
    }
    this.carry = buf.slice(start);
    return records;
  }

  /** The last record, which need not end with a line end. */
  end(): ScannedRecord[] {
    const records: ScannedRecord[] = [];
    if (this.carry === '') return records;
    if (recordEnd(this.carry + '\n', 0) < 0) throw new UnclosedQuote(this.line);
    this.take(this.carry, 0, this.carry.length, records);
    this.carry = '';
    return records;
  }

  private take(buf: string, start: number, end: number, into: ScannedRecord[]): void {
    const raw = buf.slice(start, end);
    const line = this.line;
    this.line += countNewlines(raw) + 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // Blank lines are skipped, as csv-parse's skip_empty_lines did.
    if (text.trim() !== '') into.push(new ScannedRecord(line, text, this.delimiter));
  }
}

/** Where the record starting at `from` ends (its \n outside quotes), or -1 if not in `buf` yet. */
function recordEnd(buf: string, from: number): number {
  // A character loop: indexOf for each quote cost 0.8 s over the 14 million quotes of an extract.
  let quoted = false;
  for (let i = from, n = buf.length; i < n; i++) {
    const c = buf.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if (c === 10 /* \n */ && !quoted) return i;
  }
  return -1;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** The fields of one record's text (no line end), quotes removed and "" read as "; the first `limit` only if given. */
export function splitFields(text: string, delimiter: string, limit = Infinity): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (cells.length >= limit) return cells;
    if (text.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let at = i + 1;
      for (;;) {
        const close = text.indexOf('"', at);
        if (close < 0) {
          value += text.slice(at);
          i = text.length;
          break;
        }
        value += text.slice(at, close);
        if (text.charCodeAt(close + 1) === 34) {
          value += '"';
          at = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      // Anything between the closing quote and the separator is kept, as a lenient reader would.
      const next = text.indexOf(delimiter, i);
      cells.push(next < 0 ? value + text.slice(i) : value + text.slice(i, next));
      if (next < 0) return cells;
      i = next + 1;
    } else {
      const next = text.indexOf(delimiter, i);
      if (next < 0) {
        cells.push(text.slice(i));
        return cells;
      }
      cells.push(text.slice(i, next));
      i = next + 1;
    }
  }
}
