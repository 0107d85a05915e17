import type { Kysely } from 'kysely';

/**
 * The DfE performance tables' school-level figures, the round `Validated` (issue 12, item 4): rates
 * and means only, as published, each with the symbol published in its place where there is no figure
 * (SUPP, NE, ...), so a school with a suppressed persistent-absence rate keeps its overall rate.
 */
export const validatedOutcomes = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('validated_outcomes')
      .addColumn('academic_year', 'text', (c) => c.notNull())
      .addColumn('urn', 'text', (c) => c.notNull())
      .addColumn('la_code', 'text', (c) => c.notNull())
      .addColumn('estab', 'text', (c) => c.notNull())
      .addColumn('key_stage', 'text', (c) => c.notNull())
      .addColumn('measure', 'text', (c) => c.notNull())
      .addColumn('pa_threshold', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision')
      .addColumn('symbol', 'text')
      .addColumn('source_column', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('validated_outcomes_pk', [
        'academic_year',
        'urn',
        'key_stage',
        'measure',
        'pa_threshold',
      ])
      .execute();
  },
};
