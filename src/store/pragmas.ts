// SQLite connection settings the bench reads and changes: it reports how the store was opened, and
// measures the store stage's SQL alone on a store that does not wait for the disk.
import { sql } from 'kysely';
import type { Store, StoreReader } from './open-store.js';

/** A pragma's current value, as SQLite reports it (journal_mode gives 'wal', synchronous gives 2 for FULL). */
export async function readPragma({ db }: StoreReader, name: string): Promise<unknown> {
  return Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
}

/**
 * Commits without fsync: the bench only, to separate SQL work from waiting for the disk; never a store
 * of record. SQLite's only: a PostgreSQL store's connections are a pool, so the bench opens that store
 * with synchronous_commit=off in its URL instead.
 */
export async function setSynchronousOff(store: Pick<Store, 'db' | 'dialect'>): Promise<void> {
  if (store.dialect.name === 'sqlite') await sql`pragma synchronous = OFF`.execute(store.db);
}
