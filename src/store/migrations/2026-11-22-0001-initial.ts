import type { Kysely } from 'kysely';
import type { DialectTraits } from '../dialect.js';

export function initial(d: DialectTraits) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('schools')
        .addColumn('urn', 'text', (c) => c.primaryKey())
        .addColumn('laestab', 'text', (c) => c.notNull())
        .addColumn('la_code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phase', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('schools_laestab').on('schools').column('laestab').execute();

      await db.schema
        .createTable('group_memberships')
        .addColumn('urn', 'text', (c) => c.notNull())
        .addColumn('academic_year', 'text', (c) => c.notNull())
        .addColumn('collaborative_group', 'text', (c) => c.notNull())
        .addColumn('triad', 'text')
        .addPrimaryKeyConstraint('group_memberships_pk', ['urn', 'academic_year'])
        .execute();

      await db.schema
        .createTable('comparators')
        .addColumn('academic_year', 'text', (c) => c.notNull())
        .addColumn('geographic_level', 'text', (c) => c.notNull())
        .addColumn('area_name', 'text', (c) => c.notNull())
        .addColumn('key_stage', 'text', (c) => c.notNull())
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('pupil_group', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('comparators_pk', [
          'academic_year',
          'geographic_level',
          'area_name',
          'key_stage',
          'measure',
          'pupil_group',
        ])
        .execute();

      await db.schema
        .createTable('source_files')
        .addColumn('sha256', 'text', (c) => c.primaryKey())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('bytes', d.binaryType, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('returns')
        .addColumn('id', 'integer', (c) => d.identity(c))
        .addColumn('sha256', 'text', (c) => c.notNull().references('source_files.sha256'))
        .addColumn('part', 'text', (c) => c.notNull())
        .addColumn('original_path', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('urn', 'text')
        .addColumn('key_stage', 'text')
        .addColumn('academic_year', 'text')
        .addColumn('period', 'text')
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('superseded_by', 'integer', (c) => c.references('returns.id'))
        .addColumn('errors', 'integer', (c) => c.notNull())
        .addColumn('queries', 'integer', (c) => c.notNull())
        .addColumn('warnings', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('returns_identity')
        .on('returns')
        .columns(['kind', 'urn', 'academic_year', 'key_stage', 'period'])
        .execute();
      await db.schema.createIndex('returns_sha256').on('returns').columns(['sha256', 'part']).execute();

      await db.schema
        .createTable('return_groups')
        .addColumn('return_id', 'integer', (c) => c.notNull().references('returns.id'))
        .addColumn('pupil_group', 'text', (c) => c.notNull())
        .addColumn('cohort', 'integer')
        .addPrimaryKeyConstraint('return_groups_pk', ['return_id', 'pupil_group'])
        .execute();

      await db.schema
        .createTable('return_values')
        .addColumn('return_id', 'integer', (c) => c.notNull().references('returns.id'))
        .addColumn('pupil_group', 'text', (c) => c.notNull())
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('returned', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('return_values_pk', ['return_id', 'pupil_group', 'measure'])
        .execute();

      await db.schema
        .createTable('messages')
        .addColumn('id', 'integer', (c) => d.identity(c))
        .addColumn('return_id', 'integer', (c) => c.notNull().references('returns.id'))
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('sheet', 'text')
        .addColumn('cell', 'text')
        .addColumn('line', 'integer')
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('messages_return').on('messages').column('return_id').execute();
    },
  };
}
