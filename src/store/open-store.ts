// Opens the store of record: an SQLite file through kysely, migrated to the latest schema.
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Database } from './database.js';
import { dialects, type DialectTraits } from './dialect.js';
import { migrationsFor } from './migrations/index.js';

export interface Store {
  db: Kysely<Database>;
  dialect: DialectTraits;
  close(): Promise<void>;
}

/** What a read needs: the store, or a transaction of it. */
export type StoreReader = Pick<Store, 'db'>;

export class StoreError extends Error {}

export async function openSqliteStore(path: string): Promise<Store> {
  let native: Sqlite.Database;
  try {
    native = new Sqlite(path);
  } catch (error) {
    throw new StoreError(`cannot open the store ${path}: ${(error as Error).message}`);
  }
  native.pragma('journal_mode = WAL');
  // better-sqlite3 builds WAL with synchronous=NORMAL, which can lose the last commits on power loss.
  native.pragma('synchronous = FULL');
  native.pragma('foreign_keys = ON');
  native.pragma('busy_timeout = 10000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: native }) });
  const store: Store = { db, dialect: dialects.sqlite, close: () => db.destroy() };
  await migrate(store);
  return store;
}

export async function migrate(store: Store): Promise<void> {
  const migrator = new Migrator({ db: store.db, provider: migrationsFor(store.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
    throw new StoreError(`the store could not be brought up to date (${failed}): ${(error as Error).message ?? error}`);
  }
}
