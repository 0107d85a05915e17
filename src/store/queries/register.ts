import type { Kysely } from 'kysely';
import type { School } from '../../domain/register.js';
import type { Database } from '../database.js';
import type { StoreReader } from '../open-store.js';

export async function loadSchools({ db }: StoreReader): Promise<School[]> {
  const rows = await db.selectFrom('schools').selectAll().orderBy('urn').execute();
  return rows.map((r) => ({
    urn: r.urn,
    laestab: r.laestab,
    laCode: r.la_code,
    name: r.name,
    phase: r.phase,
    type: r.type,
    status: r.status,
    ...(r.low_age !== null ? { lowAge: r.low_age } : {}),
    ...(r.high_age !== null ? { highAge: r.high_age } : {}),
    ...(r.close_date !== null ? { closeDate: r.close_date } : {}),
  }));
}

/** Each school's collaborative group in a year, by URN. */
export async function collaborativeGroupsIn({ db }: StoreReader, academicYear: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('group_memberships')
    .select(['urn', 'collaborative_group'])
    .where('academic_year', '=', academicYear)
    .execute();
  return new Map(rows.map((r) => [r.urn, r.collaborative_group]));
}
