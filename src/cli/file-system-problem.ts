// A file or folder the user named that cannot be read or written (an --out that is a folder, a
// path through a file, no permission, a full disk) is their problem to mend, not a bug: one line.
import { cliText } from '../messages/cli-text.js';

const WHY: Readonly<Record<string, string>> = {
  EISDIR: cliText['path.is-a-folder'],
  ENOTDIR: cliText['path.through-a-file'],
  EEXIST: cliText['path.through-a-file'],
  EACCES: cliText['path.permission-denied'],
  EPERM: cliText['path.permission-denied'],
  EROFS: cliText['path.read-only'],
  ENOSPC: cliText['path.disk-full'],
  ENOENT: cliText['path.not-found'],
};

/** What is wrong with the path of a file-system error, or undefined when the error is not one. */
export function fileSystemWhy(error: unknown): { path: string; why: string } | undefined {
  const e = error as NodeJS.ErrnoException | undefined;
  const why = e?.code ? WHY[e.code] : undefined;
  if (!why || !e?.path) return undefined;
  return { path: e.path.replace(/\.\d+\.tmp$/, ''), why };
}

/** The one-line message for a file-system error, or undefined when the error is not one. */
export function fileSystemProblem(error: unknown): string | undefined {
  const problem = fileSystemWhy(error);
  return problem && cliText['path.cannot-use'](problem.path, problem.why);
}
