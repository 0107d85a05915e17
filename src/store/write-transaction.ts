// One transaction per return, serialisable on both dialects: SQLite's holds the write lock from its
// start so two imports at once queue instead of failing (pitfalls.md: kysely's plain BEGIN upgrades
// and gets SQLITE_BUSY); PostgreSQL's is SERIALIZABLE, and one that fails for a concurrent one (two
// importers superseding the same return) is run again from its start, seeing the other's commit.
import { sql } from 'kysely';
import type { Store, StoreReader } from './open-store.js';

/** Tries of one transaction before a serialisation failure is given up as the store being busy. */
const TRIES = 30;

export async function inWriteTransaction<T>(store: Store, work: (transaction: StoreReader) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(store, work);
    } catch (error) {
      if (attempt >= TRIES || !store.dialect.mustRetry(error)) throw error;
      // A random wait, growing, so two rivals do not collide again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * Math.min(attempt, 10)));
    }
  }
}

function once<T>(store: Store, work: (transaction: StoreReader) => Promise<T>): Promise<T> {
  return store.db.connection().execute(async (conn) => {
    await store.dialect.beginWrite.execute(conn);
    try {
      const result = await work({ db: conn });
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // After SQLITE_FULL (and some I/O errors) SQLite has rolled back already, and a second
      // rollback fails with "cannot rollback - no transaction is active": the first error is the real one.
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
