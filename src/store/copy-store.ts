// Moves a city's store into another (issue 15: a laptop's SQLite store into a region's PostgreSQL):
// every table, row for row, with its own ids, in one write transaction of the store copied to, so a
// copy that fails leaves that store as it was; then the rows of each table are counted in both.
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { Store, StoreReader } from './open-store.js';
import { inWriteTransaction } from './write-transaction.js';

type Table = keyof Database;

/** Each table, before any table its rows refer to, with the columns that order its rows. */
const TABLES: readonly (readonly [Table, readonly string[]])[] = [
  ['schools', ['urn']],
  ['school_links', ['urn', 'link_urn', 'link_type']],
  ['group_memberships', ['urn', 'academic_year']],
  ['comparators', ['academic_year', 'geographic_level', 'area_name', 'key_stage', 'measure', 'pupil_group']],
  ['neighbours', ['la_code', 'position']],
  ['validated_outcomes', ['academic_year', 'urn', 'key_stage', 'measure', 'pa_threshold']],
  ['targets', ['academic_year', 'scope', 'measure', 'pupil_group']],
  ['council_roles', ['role_name']],
  ['ofsted_inspections', ['urn', 'inspection_date']],
  ['source_files', ['sha256']],
  ['returns', ['id']],
  ['file_parts', ['sha256', 'part']],
  ['return_groups', ['return_id', 'pupil_group']],
  ['return_values', ['return_id', 'pupil_group', 'measure']],
  ['messages', ['id']],
  ['resolutions', ['message_id']],
  ['amendments', ['id']],
];
const WITH_IDS: readonly Table[] = ['returns', 'messages', 'amendments'];
// Rows read and written at a time: source files by tens (each holds a whole file), others by a thousand.
const pageOf = (table: Table) => (table === 'source_files' ? 10 : 1_000);

export interface TableCount {
  table: string;
  from: number;
  to: number;
}

export type CopyOutcome = { copied: TableCount[] } | { notEmpty: TableCount[] };

/** Copies every row of `from` into `to`, which must hold no rows yet; then counts both. */
export async function copyStore(from: Store, to: Store): Promise<CopyOutcome> {
  const before = await counts(to);
  if (before.some((c) => c.n > 0)) return { notEmpty: before.filter((c) => c.n > 0).map(asCount) };
  await inWriteTransaction(to, async ({ db }) => {
    const supersededBy = new Map<number, number>();
    for (const [table, order] of TABLES) await copyTable(from.db, db, table, order, supersededBy);
    for (const [id, by] of supersededBy)
      await db.updateTable('returns').set({ superseded_by: by }).where('id', '=', id).execute();
    for (const table of WITH_IDS) await to.dialect.afterOwnIds(table)?.execute(db);
  });
  const [of, after] = [await counts(from), await counts(to)];
  return { copied: of.map((c, i) => ({ table: c.table, from: c.n, to: after[i]!.n })) };
}

const asCount = (c: { table: string; n: number }) => ({ table: c.table, from: 0, to: c.n });

async function copyTable(
  from: Kysely<Database>,
  to: Kysely<Database>,
  table: Table,
  order: readonly string[],
  supersededBy: Map<number, number>,
) {
  const page = pageOf(table);
  for (let offset = 0; ; offset += page) {
    let query = from.selectFrom(table).selectAll();
    for (const column of order) query = query.orderBy(column as never);
    const rows = (await query.limit(page).offset(offset).execute()) as Record<string, unknown>[];
    if (rows.length === 0) return;
    // A return superseded by a later one is written superseded by itself, then pointed at the later
    // one: the later is not there yet, and the unique index allows one current return, not two.
    // `supersededBy` collects which, to be set once every return is there.
    if (table === 'returns')
      for (const r of rows)
        if (r['superseded_by'] !== null) supersededBy.set(r['id'] as number, r['superseded_by'] as number);
    const written =
      table === 'returns' ? rows.map((r) => ({ ...r, superseded_by: r['superseded_by'] && r['id'] })) : rows;
    await to
      .insertInto(table)
      .values(written as never)
      .execute();
    if (rows.length < page) return;
  }
}

async function counts({ db }: StoreReader): Promise<{ table: string; n: number }[]> {
  const result: { table: string; n: number }[] = [];
  for (const [table] of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    result.push({ table, n: Number(row.n) });
  }
  return result;
}
