// Bytes to text for CSV files (pitfalls.md: Node's own windows-1252 decoder maps 0x80-0x9F to
// control characters, so ’ “ ” € – come out wrong; iconv-lite gets them right).
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16' | 'windows-1252';
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// Excel's "Unicode Text" and some MIS exports are UTF-16 with a byte order mark.
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const hasBom = (bytes: Uint8Array, bom: readonly number[]) => bom.every((b, i) => bytes[i] === b);

/** Whether `bytes` start with a UTF-16 byte order mark. */
export const isUtf16 = (bytes: Uint8Array) => hasBom(bytes, UTF16LE_BOM) || hasBom(bytes, UTF16BE_BOM);

export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasBom(bytes, UTF16LE_BOM))
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16' };
  if (hasBom(bytes, UTF16BE_BOM))
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16' };
  if (hasBom(bytes, UTF8_BOM)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}

export type Delimiter = ',' | ';' | '\t';

/** Comma, semicolon or tab, whichever separates most fields of the header line outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  // Sliced at the first line break, not split by a pattern over the whole text.
  const newline = text.indexOf('\n');
  const firstLine = (newline < 0 ? text : text.slice(0, newline)).replace(/\r$/, '');
  const counts = new Map<Delimiter, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  // Ties go to the comma, the CSV's own separator.
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
