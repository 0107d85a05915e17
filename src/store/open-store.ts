// Opens the store of record: an SQLite file through kysely, migrated to the latest schema.
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type MigrationResultSet } from 'kysely';
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
  // First, so that a second process opening the store while the first sets it up waits for it.
  native.pragma('busy_timeout = 10000');
  native.pragma('journal_mode = WAL');
  // better-sqlite3 builds WAL with synchronous=NORMAL, which can lose the last commits on power loss.
  native.pragma('synchronous = FULL');
  native.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: native }) });
  const store: Store = { db, dialect: dialects.sqlite, close: () => db.destroy() };
  await migrate(store);
  return store;
}

/**
 * Brings the store up to date under the write lock, taken before the migrator looks at what is done
 * (issue 11): of two processes opening a new store at once, the second waits, then finds nothing to
 * do. With kysely's own transaction (a plain BEGIN) both read "nothing done", both ran the first
 * migration, and one failed.
 */
export async function migrate(store: Store): Promise<void> {
  const migrator = (db: Kysely<Database>) =>
    new Migrator({ db, provider: migrationsFor(store.dialect), disableTransactions: true });
  let outcome: MigrationResultSet;
  try {
    outcome = await store.db.connection().execute(async (db) => {
      await store.dialect.beginWrite.execute(db);
      try {
        const result = await migrator(db).migrateToLatest();
        // A failed migration is undone whole, with the migrator's own bookkeeping.
        await sql.raw(result.error ? 'rollback' : 'commit').execute(db);
        return result;
      } catch (error) {
        await sql`rollback`.execute(db);
        throw error;
      }
    });
  } catch (error) {
    // No write lock within the busy timeout (another process holds the store), or no disk to write.
    throw new StoreError(`the store could not be brought up to date: ${(error as Error).message}`);
  }
  const { error, results } = outcome;
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
    throw new StoreError(`the store could not be brought up to date (${failed}): ${(error as Error).message ?? error}`);
  }
}
