import type { Kysely } from 'kysely';

/** GIAS's statutory age range, so a school is asked only for the key stages it teaches. */
export const schoolAges = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('schools').addColumn('low_age', 'integer').execute();
    await db.schema.alterTable('schools').addColumn('high_age', 'integer').execute();
  },
};
