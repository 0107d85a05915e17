import type { Kysely } from 'kysely';
import type { DialectTraits } from '../dialect.js';

/**
 * Which database role stored each return and each source file (issue 15): on PostgreSQL the
 * connection's role, by default. A council's role then sees the file it is storing before any
 * return of it is there, and its own refusal of a file naming a school it does not see (another
 * council's, or none), so the rest of its import goes on. SQLite's store has one user: null there.
 */
export function importedBy(d: DialectTraits) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const table of ['returns', 'source_files'])
        await db.schema
          .alterTable(table)
          .addColumn('imported_by', 'text', (c) => (d.currentRole ? c.defaultTo(d.currentRole) : c))
          .execute();
    },
  };
}
