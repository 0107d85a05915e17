import type { Kysely } from 'kysely';

/** The city's and schools' targets (schemas/README.md §5): scope is 'city' or a URN. */
export const targets = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('targets')
      .addColumn('academic_year', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('measure', 'text', (c) => c.notNull())
      .addColumn('pupil_group', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('targets_pk', ['academic_year', 'scope', 'measure', 'pupil_group'])
      .execute();
  },
};
