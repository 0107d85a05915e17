// The files an import covers: each path given, and the returns within folders, recursively. Only
// regular files are read: a device (/dev/zero reads without end), a named pipe (waits for a writer
// forever) or a socket is listed as skipped, never opened (issue 17).
import type { Dirent, Stats } from 'node:fs';
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
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) found.missing.push(path);
    else if (info.isDirectory()) await walk(path, info, found, seen);
    else if (info.isFile()) {
      if (firstVisit(seen, info)) found.files.push({ path, name: path });
    } else found.skipped.push({ path, name: path, special: specialOf(info)! });
  }
  return found;
}

/**
 * Whether this is the first time the import meets this folder or file (by device and inode, what
 * a link cannot disguise): a symbolic link is followed, and a loop of links (a folder linking to
 * its parent) or a second link to one file is walked once, so each return is stored once (issue 11).
 */
function firstVisit(seen: Set<string>, info: Stats): boolean {
  const key = `${info.dev}:${info.ino}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

async function walk(dir: string, info: Stats, found: FoundFiles, seen: Set<string>): Promise<void> {
  if (!firstVisit(seen, info)) return;
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (ignored(entry.name)) continue;
    const path = join(dir, entry.name);
    // stat follows a link to what it points to; a link that points nowhere is left out, as before.
    const target = await stat(path).catch(() => undefined);
    if (!target) continue;
    if (target.isDirectory()) await walk(path, target, found, seen);
    else if (target.isFile()) {
      if (!firstVisit(seen, target)) continue;
      const file = { path, name: path };
      const lower = entry.name.toLowerCase();
      (RETURN_EXTENSIONS.some((ext) => lower.endsWith(ext)) ? found.files : found.skipped).push(file);
    } else found.skipped.push({ path, name: path, special: specialOf(target)! });
  }
}
