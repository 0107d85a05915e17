// One transaction per return, holding the write lock from its start so two imports at once
// queue instead of failing (pitfalls.md: kysely's plain BEGIN upgrades and gets SQLITE_BUSY).
import { sql } from 'kysely';
import type { Store, StoreReader } from './open-store.js';

export async function inWriteTransaction<T>(store: Store, work: (transaction: StoreReader) => Promise<T>): Promise<T> {
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
