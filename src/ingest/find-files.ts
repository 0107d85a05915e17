// The files an import covers: each path given, and the returns within folders, recursively. Only
// regular files are read: a device (/dev/zero reads without end), a named pipe (waits for a writer
// forever) or a socket is listed as skipped, never opened (issue 17).
import type { Stats, Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const RETURN_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.csv'];

export interface FoundFile {
  path: string;
  /** How messages name it: the path as given or as found under a folder given. */
  name: string;
  /** Why a path that is not a regular file was skipped. */
  special?: SpecialFile;
}

/** What a path is when it is neither a regular file nor a folder. */
export type SpecialFile = 'device' | 'pipe' | 'socket' | 'other';

/** What `info` is, when it is not a regular file or a folder. */
export function specialOf(info: Stats | Dirent): SpecialFile | undefined {
  if (info.isFile() || info.isDirectory()) return undefined;
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isFIFO()) return 'pipe';
  if (info.isSocket()) return 'socket';
  return 'other';
}

export interface FoundFiles {
  files: FoundFile[];
  /** Files in the folders that are not returns (a .pdf, a .docx), listed so nothing goes unseen. */
  skipped: FoundFile[];
  missing: string[];
}

// Hidden files and Excel's "~$" lock files are never returns.
const ignored = (name: string) => name.startsWith('.') || name.startsWith('~$');

export async function findFiles(paths: readonly string[]): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], skipped: [], missing: [] };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) found.missing.push(path);
    else if (info.isDirectory()) await walk(path, found);
    else if (info.isFile()) found.files.push({ path, name: path });
    else found.skipped.push({ path, name: path, special: specialOf(info)! });
  }
  return found;
}

async function walk(dir: string, found: FoundFiles): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (ignored(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile()) {
      const file = { path, name: path };
      const lower = entry.name.toLowerCase();
      (RETURN_EXTENSIONS.some((ext) => lower.endsWith(ext)) ? found.files : found.skipped).push(file);
    } else if (!entry.isSymbolicLink()) found.skipped.push({ path, name: path, special: specialOf(entry)! });
  }
}
