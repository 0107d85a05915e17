// Reports are written to a temporary file beside the target and renamed, so a crash never
// leaves half a report where a whole one is expected. A write that fails part-way (a full disk)
// leaves no temporary file behind, and its error names the path: Node's ENOSPC from write()
// carries none, so it read as an internal error (issue 17).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** U+FEFF, which UTF-8 writes as EF BB BF: how Excel knows a csv file is UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';

export interface WriteOptions {
  /**
   * Start a `.csv` file with a byte order mark (the default): without one Excel opens a UTF-8 csv
   * as Windows-1252 and "St Mary’s" reads "St Maryâ€™s" (issue 12). False for a file for a
   * program (an EES export), which the standard asks to be plain UTF-8.
   */
  readonly byteOrderMark?: boolean;
}

/** The bytes a file gets: a csv for a person with its byte order mark, once; anything else as it is. */
export function fileContent(path: string, content: string | Uint8Array, options: WriteOptions = {}) {
  const mark = options.byteOrderMark ?? true;
  if (!mark || typeof content !== 'string' || !/\.csv$/i.test(path)) return content;
  return content.startsWith(BYTE_ORDER_MARK) ? content : BYTE_ORDER_MARK + content;
}

export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, fileContent(path, content, options));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const e = error as NodeJS.ErrnoException;
    if (e instanceof Error && e.code && !e.path) e.path = path;
    throw error;
  }
}
