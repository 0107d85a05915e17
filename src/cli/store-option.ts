import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliText } from '../messages/cli-text.js';
import { openSqliteStore, StoreError, type Store } from '../store/open-store.js';
import { CliError, type CliIO } from './cli-io.js';

export const DEFAULT_STORE = 'school-returns.sqlite';

/** The store chosen by --db, else SCHOOL_RETURNS_DB, else school-returns.sqlite here. */
export function storePath(db: string | undefined, io: CliIO): string {
  return resolve(db ?? io.env['SCHOOL_RETURNS_DB'] ?? DEFAULT_STORE);
}

/**
 * Runs `work` on the store. Only the commands that put data in (`create`) may start a new store:
 * a report from a mistyped path would otherwise be an empty report from a new, empty store.
 */
export async function withStore<T>(
  db: string | undefined,
  io: CliIO,
  work: (store: Store) => Promise<T>,
  { create = false } = {},
): Promise<T> {
  const path = storePath(db, io);
  if (!create && !existsSync(path)) {
    throw new CliError(cliText['store.missing'](path));
  }
  let store: Store;
  try {
    store = await openSqliteStore(path);
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message);
    throw error;
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
