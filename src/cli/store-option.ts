import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { cliText } from '../messages/cli-text.js';
import { asStoreFault, StoreError, type Store } from '../store/open-store.js';
import { isServerLocation, openStore, shownLocation } from '../store/store-location.js';
import { CliError, type CliIO } from './cli-io.js';
import { EXIT_OF_STORE_FAULT } from './exit-codes.js';

export const DEFAULT_STORE = 'school-returns.sqlite';

/** The store chosen by --db, else SCHOOL_RETURNS_DB, else school-returns.sqlite here: a path, or a postgres:// URL. */
export function storePath(db: string | undefined, io: CliIO): string {
  const location = db ?? io.env['SCHOOL_RETURNS_DB'] ?? DEFAULT_STORE;
  return isServerLocation(location) ? location : resolve(location);
}

/** The one line and exit status for a fault of the store's file or disk. */
export function storeFaultLine(error: StoreError): CliError {
  const { kind, path, detail } = error;
  const line =
    kind === 'newer'
      ? cliText['store.newer'](path, detail)
      : kind === 'damaged' || kind === 'disk-error'
        ? cliText[`store.${kind}`](path, detail)
        : kind === 'cannot-open'
          ? cliText['store.permission'](path)
          : kind === 'bad-url' || kind === 'no-server' || kind === 'not-allowed'
            ? cliText[`store.${kind}`](path, detail)
            : cliText[`store.${kind}`](path);
  return new CliError(line, EXIT_OF_STORE_FAULT[kind]);
}

/**
 * Runs `work` on the store. Only the commands that put data in (`create`) may start a new store:
 * a report from a mistyped path would otherwise be an empty report from a new, empty store.
 * A store that cannot be written is opened read-only, so reports can still be made from it; a
 * command that writes to it then fails with the store's read-only line.
 * SCHOOL_RETURNS_BUSY_MS sets how long to wait for another process's lock (tests shorten it).
 */
export async function withStore<T>(
  db: string | undefined,
  io: CliIO,
  work: (store: Store) => Promise<T>,
  { create = false } = {},
): Promise<T> {
  const path = storePath(db, io);
  const server = isServerLocation(path);
  if (!create && !server && !existsSync(path)) {
    throw new CliError(cliText['store.missing'](path));
  }
  // SQLite makes the file but not its folder, and says so with no code of its own to know it by.
  if (create && !server && !existsSync(dirname(path)))
    throw new CliError(cliText['store.no-folder'](path, dirname(path)));
  const busy = Number(io.env['SCHOOL_RETURNS_BUSY_MS']);
  try {
    const store = await openStore(path, {
      ...(Number.isInteger(busy) && busy >= 0 ? { busyTimeoutMs: busy } : {}),
      mustExist: !create,
    });
    try {
      return await asStoreFault(server ? shownLocation(path) : path, () => work(store));
    } finally {
      await store.close();
    }
  } catch (error) {
    if (error instanceof StoreError) throw storeFaultLine(error);
    throw error;
  }
}
