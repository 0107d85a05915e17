import type { Kysely } from 'kysely';

/**
 * GIAS's open date, so a school not yet open (a converter's new URN) is not chased or ranked; and
 * GIAS's links file, so a converter's history continues from its predecessor's URN (issue 12).
 */
export const schoolLinks = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('schools').addColumn('open_date', 'text').execute();
    await db.schema
      .createTable('school_links')
      .addColumn('urn', 'text', (c) => c.notNull())
      .addColumn('link_urn', 'text', (c) => c.notNull())
      .addColumn('link_type', 'text', (c) => c.notNull())
      .addColumn('link_name', 'text')
      .addColumn('established', 'text')
      .addPrimaryKeyConstraint('school_links_pk', ['urn', 'link_urn', 'link_type'])
      .execute();
  },
};
