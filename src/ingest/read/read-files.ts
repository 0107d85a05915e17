// Reads many files' bytes at once, a few at a time: the reads wait on the disk, not the CPU, so
// overlapping them keeps the import's one process busy. Each is opened without blocking and checked
// to be a regular file once open, so a path swapped for a pipe or a device after it was found is
// refused, never waited on or read without end (issue 17).
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type FileBytes = { bytes: Uint8Array } | { errorCode: string };

const AT_ONCE = 16;

/** Each path's bytes, or why it could not be read, in the order of `paths`. */
export async function readFiles(paths: readonly string[]): Promise<FileBytes[]> {
  const results: FileBytes[] = new Array(paths.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < paths.length; i = next++) {
      try {
        results[i] = await readRegularFile(paths[i]!);
      } catch (error) {
        results[i] = { errorCode: (error as NodeJS.ErrnoException).code ?? String(error) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, paths.length) }, reader));
  return results;
}

async function readRegularFile(path: string): Promise<FileBytes> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) return { errorCode: 'not a regular file' };
    return { bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}
