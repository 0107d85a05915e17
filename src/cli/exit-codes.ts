// The exit statuses of school-returns, one per kind of outcome, so a script can tell them apart.
//   0   done: every return accepted, the report written
//   1   done, but some return (or file) was refused, or a report found nothing to report
//   2   a flag or a path named is wrong (a folder for a file, a full disk or no permission under --out)
//   3   --db is not a school-returns store: another kind of file, a damaged one, or one made by a
//       newer version of school-returns (left untouched)
//   4   the store cannot be written: read-only file or disk, or permission denied
//   5   the store is locked by another process past the wait (10 s)
//   6   the disk under the store is full, or failed (what was stored before is kept whole)
//   7   the command's own work was done (and printed), but a side report (import --report) was not written
//   70  a bug in school-returns: an internal error, with --debug for the stack trace
import type { StoreFaultKind } from '../store/open-store.js';

export const EXIT = {
  ok: 0,
  refused: 1,
  usage: 2,
  notAStore: 3,
  storeReadOnly: 4,
  storeLocked: 5,
  diskFull: 6,
  sideReportFailed: 7,
  bug: 70,
} as const;

export const EXIT_OF_STORE_FAULT: Readonly<Record<StoreFaultKind, number>> = {
  'not-a-store': EXIT.notAStore,
  newer: EXIT.notAStore,
  damaged: EXIT.notAStore,
  'read-only': EXIT.storeReadOnly,
  'read-only-disk': EXIT.storeReadOnly,
  permission: EXIT.storeReadOnly,
  'cannot-open': EXIT.storeReadOnly,
  locked: EXIT.storeLocked,
  'disk-full': EXIT.diskFull,
  'disk-error': EXIT.diskFull,
  // A PostgreSQL store's (issue 15): the URL is wrong, or names a server, database or login not there.
  'bad-url': EXIT.usage,
  'no-server': EXIT.usage,
  'no-database': EXIT.usage,
  'no-store': EXIT.usage,
  'login-refused': EXIT.storeReadOnly,
  'not-allowed': EXIT.storeReadOnly,
};
