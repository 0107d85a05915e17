// A csv file the tool wrote for a person starts with a byte order mark (src/publish/write-atomic.ts,
// so Excel reads it as UTF-8). Tests read the text after it, and check it is there.
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';

export const BYTE_ORDER_MARK = '\uFEFF';

/** The text of a csv file for a person, without its byte order mark (which must be there). */
export async function readCsvFile(path: string): Promise<string> {
  const text = await readFile(path, 'utf8');
  expect(text.startsWith(BYTE_ORDER_MARK), `${path} starts with a byte order mark`).toBe(true);
  return text.slice(BYTE_ORDER_MARK.length);
}
