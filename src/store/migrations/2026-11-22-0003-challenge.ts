import type { Kysely } from 'kysely';
import type { DialectTraits } from '../dialect.js';

/**
 * Challenge: each message may name the pupil group and measure it is about, an adviser's
 * resolution of a query, and amendments stored beside the return (never over it).
 */
export function challenge(d: DialectTraits) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('messages').addColumn('pupil_group', 'text').execute();
      await db.schema.alterTable('messages').addColumn('measure', 'text').execute();
      await db.schema
        .createTable('resolutions')
        .addColumn('message_id', 'integer', (c) => c.primaryKey().references('messages.id'))
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('resolved_by', 'text', (c) => c.notNull())
        .addColumn('resolved_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('amendments')
        .addColumn('id', 'integer', (c) => d.identity(c))
        .addColumn('return_id', 'integer', (c) => c.notNull().references('returns.id'))
        .addColumn('pupil_group', 'text', (c) => c.notNull())
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('old_value', 'double precision')
        .addColumn('new_value', 'double precision', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('amended_by', 'text', (c) => c.notNull())
        .addColumn('amended_at', 'text', (c) => c.notNull())
        .addColumn('message_id', 'integer', (c) => c.references('messages.id'))
        .execute();
      await db.schema
        .createIndex('amendments_return')
        .on('amendments')
        .columns(['return_id', 'pupil_group', 'measure'])
        .execute();
    },
  };
}
