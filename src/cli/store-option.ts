import { resolve } from 'node:path';
import { openSqliteStore, StoreError, type Store } from '../store/open-store.js';
import { CliError, type CliIO } from './cli-io.js';

export const DEFAULT_STORE = 'school-returns.sqlite';

/** The store chosen by --db, else SCHOOL_RETURNS_DB, else school-returns.sqlite here. */
export function storePath(db: string | undefined, io: CliIO): string {
  return resolve(db ?? io.env['SCHOOL_RETURNS_DB'] ?? DEFAULT_STORE);
}

export async function withStore<T>(db: string | undefined, io: CliIO, work: (store: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = await openSqliteStore(storePath(db, io));
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
