// Reports are written to a temporary file beside the target and renamed, so a crash never
// leaves half a report where a whole one is expected. A write that fails part-way (a full disk)
// leaves no temporary file behind, and its error names the path: Node's ENOSPC from write()
// carries none, so it read as an internal error (issue 17).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const e = error as NodeJS.ErrnoException;
    if (e instanceof Error && e.code && !e.path) e.path = path;
    throw error;
  }
}
