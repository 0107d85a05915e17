import type { Kysely } from 'kysely';

/** GIAS's close date, so a return under the URN of a school closed before its year is refused. */
export const schoolCloseDate = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('schools').addColumn('close_date', 'text').execute();
  },
};
