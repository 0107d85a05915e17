// Reads many files' bytes at once, a few at a time: the reads wait on the disk, not the CPU, so
// overlapping them keeps the import's one process busy.
import { readFile } from 'node:fs/promises';

export type FileBytes = { bytes: Uint8Array } | { errorCode: string };

const AT_ONCE = 16;

/** Each path's bytes, or why it could not be read, in the order of `paths`. */
export async function readFiles(paths: readonly string[]): Promise<FileBytes[]> {
  const results: FileBytes[] = new Array(paths.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < paths.length; i = next++) {
      try {
        results[i] = { bytes: await readFile(paths[i]!) };
      } catch (error) {
        results[i] = { errorCode: (error as NodeJS.ErrnoException).code ?? String(error) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, paths.length) }, reader));
  return results;
}
