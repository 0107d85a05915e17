// One transaction per return, holding the write lock from its start so two imports at once
// queue instead of failing (pitfalls.md: kysely's plain BEGIN upgrades and gets SQLITE_BUSY).
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import type { Store, StoreReader } from './open-store.js';

export async function inWriteTransaction<T>(store: Store, work: (transaction: StoreReader) => Promise<T>): Promise<T> {
  return store.db.connection().execute(async (conn) => {
    await store.dialect.beginWrite.execute(conn);
    try {
      const result = await work({ db: conn });
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}
