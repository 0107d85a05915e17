import { sql, type Kysely } from 'kysely';

// The current return's identity, as storeReturn supersedes by it: key stage is null for attendance.
const sameIdentity = (a: string, b: string) =>
  sql.raw(
    `${a}.kind = ${b}.kind and ${a}.urn = ${b}.urn and ${a}.academic_year = ${b}.academic_year` +
      ` and coalesce(${a}.key_stage, '') = coalesce(${b}.key_stage, '') and ${a}.period = ${b}.period` +
      ` and ${a}.status = 'accepted' and ${a}.superseded_by is null`,
  );

/**
 * Issue 11, item 1: nothing lost, nothing doubled.
 * - `file_parts`: the returns a file holds, recorded with the first of them stored, and the
 *   accepted return that stored each. A file is "already imported" only when every part has
 *   one, so an import killed part-way through a bulk CSV is resumed with exactly the returns
 *   still missing. Its key (file, part) and a return set once let a part be accepted once,
 *   whichever importer gets there first.
 * - `returns_one_current`: at most one current accepted return per school, kind, year, key stage
 *   and period, so two importers at once cannot leave two current.
 * Stores written before may already hold doubled returns: the later of each is left current.
 */
export const fileParts = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      update returns set superseded_by = (
        select max(later.id) from returns later where ${sameIdentity('later', 'returns')}
      )
      where status = 'accepted' and superseded_by is null and exists (
        select 1 from returns later where ${sameIdentity('later', 'returns')} and later.id > returns.id
      )`.execute(db);
    await db.schema
      .createIndex('returns_one_current')
      .unique()
      .on('returns')
      .columns(['kind', 'urn', 'academic_year'])
      .expression(sql`coalesce(key_stage, '')`)
      .column('period')
      .where(sql<boolean>`status = 'accepted' and superseded_by is null`)
      .execute();

    // No rows for the files of earlier imports: their parts were never recorded, so each is parsed
    // again the next time it is imported, and its parts recorded then (store-return.ts).
    await db.schema
      .createTable('file_parts')
      .addColumn('sha256', 'text', (c) => c.notNull().references('source_files.sha256'))
      .addColumn('part', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('return_id', 'integer', (c) => c.references('returns.id'))
      .addPrimaryKeyConstraint('file_parts_pk', ['sha256', 'part'])
      .execute();
  },
};
