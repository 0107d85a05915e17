// Writes a report the user asked for (--out, --report), through a temporary file renamed into place.
// A write that fails part-way (a full disk) leaves no temporary file behind, and its error names the
// path: Node's ENOSPC from write() carries none, so it read as an internal error (issue 17).
import { rm } from 'node:fs/promises';
import { writeFileAtomic } from '../publish/write-atomic.js';

export async function writeOutput(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, content);
  } catch (error) {
    await rm(`${path}.${process.pid}.tmp`, { force: true }).catch(() => undefined);
    const e = error as NodeJS.ErrnoException;
    if (e instanceof Error && e.code && !e.path) e.path = path;
    throw error;
  }
}
