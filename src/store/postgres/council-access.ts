// Councils kept apart on a region's PostgreSQL store (issue 15, item 3): row-level security keyed on
// the LA code. A council's role sees, counts and writes only the returns of its own schools, and the
// figures, messages, files and challenges of those returns; the register it sees is its own schools,
// so a return naming another council's URN is refused as not in the register, a refusal the council
// sees as its own (returns.imported_by), and its import goes on. A role not listed in
// council_roles (the regional team's, or the tables' owner) sees everything; comparators, groups,
// targets and neighbours are shared.
import { sql, type RawBuilder } from 'kysely';
import type { Store } from '../open-store.js';
import { inWriteTransaction } from '../write-transaction.js';

const COUNCIL = sql`exists (select 1 from council_roles c where c.role_name = current_user)`;
const OWN_LA = sql`(select c.la_code from council_roles c where c.role_name = current_user)`;
const OWN_RETURN = (column: string) => sql`${sql.ref(column)} in (select r.id from returns r)`;

/** Each table kept apart, and which of its rows a council may see and write. */
const KEPT_APART: readonly [string, RawBuilder<unknown>][] = [
  ['schools', sql`la_code = ${OWN_LA}`],
  // RLS applies within a policy's subquery too: `schools` there is the council's own schools.
  // A file read as no school's (urn null: not a workbook, no URN) is refused under no council's name.
  // A refusal of a file naming a school the council does not see (another council's, or none) is the
  // council's own, seen by it and the region, so the rest of its import goes on.
  [
    'returns',
    sql`urn is null or urn in (select s.urn from schools s) or (status = 'refused' and imported_by = current_user)`,
  ],
  ['return_groups', OWN_RETURN('return_id')],
  ['return_values', OWN_RETURN('return_id')],
  ['messages', OWN_RETURN('return_id')],
  ['amendments', OWN_RETURN('return_id')],
  ['resolutions', sql`message_id in (select m.id from messages m)`],
  ['file_parts', sql`return_id is null or ${OWN_RETURN('return_id')}`],
];

export type GrantOutcome = 'granted' | 'not-postgres';

/** Lets `role` (a database role that exists) use the store as LA `laCode`'s council, and no other. */
export async function grantCouncil(store: Store, laCode: string, role: string): Promise<GrantOutcome> {
  if (store.dialect.name !== 'postgres') return 'not-postgres';
  const schema = sql.id(store.schema!);
  const who = sql.id(role);
  await inWriteTransaction(store, async ({ db }) => {
    await db
      .insertInto('council_roles')
      .values({ role_name: role, la_code: laCode })
      .onConflict((oc) => oc.column('role_name').doUpdateSet({ la_code: laCode }))
      .execute();
    for (const statement of [
      sql`grant usage on schema ${schema} to ${who}`,
      sql`grant select, insert, update on all tables in schema ${schema} to ${who}`,
      sql`grant usage, select on all sequences in schema ${schema} to ${who}`,
      // Its own role's line only: which council it is, not the others.
      sql`revoke insert, update on council_roles from ${who}`,
    ])
      await statement.execute(db);
    for (const [table, own] of KEPT_APART) {
      const name = sql.table(table);
      await sql`alter table ${name} enable row level security`.execute(db);
      await sql`drop policy if exists council_own on ${name}`.execute(db);
      await sql`create policy council_own on ${name} using (not ${COUNCIL} or ${own})`.execute(db);
    }
    // A source file is seen by a council that stored it or a return of it; any council may add a file
    // (PostgreSQL checks the select policy on a new row of an insert ... on conflict too).
    await sql`alter table source_files enable row level security`.execute(db);
    await sql`drop policy if exists council_read on source_files`.execute(db);
    await sql`drop policy if exists council_add on source_files`.execute(db);
    await sql`create policy council_read on source_files for select using (not ${COUNCIL} or
      imported_by = current_user or exists (select 1 from returns r where r.sha256 = source_files.sha256))`.execute(db);
    await sql`create policy council_add on source_files for insert with check (true)`.execute(db);
  });
  return 'granted';
}
