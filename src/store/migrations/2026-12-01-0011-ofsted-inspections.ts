import type { Kysely } from 'kysely';

/**
 * Ofsted's inspections of the register's schools (issue 16, item 4): the judgement and date the
 * category rules read. One row per school and inspection date; a file giving it again updates it.
 */
export const ofstedInspections = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('ofsted_inspections')
      .addColumn('urn', 'text', (c) => c.notNull())
      .addColumn('inspection_date', 'text', (c) => c.notNull())
      .addColumn('judgement', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('ofsted_inspections_pk', ['urn', 'inspection_date'])
      .execute();
  },
};
