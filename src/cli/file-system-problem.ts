// A file or folder the user named that cannot be read or written (an --out that is a folder, a
// path through a file, no permission, a full disk) is their problem to mend, not a bug: one line.

const WHY: Readonly<Record<string, string>> = {
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENOENT: 'there is no such file or folder',
};

/** The one-line message for a file-system error, or undefined when the error is not one. */
export function fileSystemProblem(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException | undefined;
  const why = e?.code ? WHY[e.code] : undefined;
  if (!why || !e?.path) return undefined;
  return `cannot use ${e.path.replace(/\.\d+\.tmp$/, '')}: ${why}; choose another path`;
}
