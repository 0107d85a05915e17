import { sql, type Kysely } from 'kysely';

/**
 * GIAS's close date, so a return under the URN of a school closed before its year is refused.
 * And attendance returns lose any key stage an earlier import read from their header: they
 * supersede by school and term alone now, so a stored key stage would keep two current.
 */
export const schoolCloseDate = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('schools').addColumn('close_date', 'text').execute();
    await sql`update returns set key_stage = null where kind = 'attendance'`.execute(db);
  },
};
