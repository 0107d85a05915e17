import type { Kysely } from 'kysely';

/**
 * Issue 15, item 3: which database role is which council's, so a region's PostgreSQL store shows and
 * takes each council's own schools' returns only (row-level security, set up by `store grant`). A role
 * not listed (the regional team's) sees every school. SQLite's store has the table and no roles.
 */
export const councilRoles = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('council_roles')
      .addColumn('role_name', 'text', (c) => c.primaryKey())
      .addColumn('la_code', 'text', (c) => c.notNull())
      .execute();
  },
};
