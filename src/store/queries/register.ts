import { openIn, successionOf, type School, type SchoolLink } from '../../domain/register.js';
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
    ...(r.open_date !== null ? { openDate: r.open_date } : {}),
    ...(r.close_date !== null ? { closeDate: r.close_date } : {}),
  }));
}

/**
 * The schools open at some time in an academic year ("2014/15"): the ones that count, are chased
 * and are ranked in it. A school not yet open, or closed before the year began, is left out.
 */
export async function schoolsOpenIn(store: StoreReader, academicYear: string): Promise<School[]> {
  return (await loadSchools(store)).filter((s) => openIn(s, academicYear));
}

/** Every GIAS link stored (the links file's lines), predecessors, successors and others alike. */
export async function loadLinks({ db }: StoreReader): Promise<SchoolLink[]> {
  const rows = await db.selectFrom('school_links').selectAll().orderBy('urn').orderBy('link_urn').execute();
  return rows.map((r) => ({
    urn: r.urn,
    linkUrn: r.link_urn,
    linkType: r.link_type,
    ...(r.link_name !== null ? { linkName: r.link_name } : {}),
    ...(r.established !== null ? { established: r.established } : {}),
  }));
}

/** How a history reads a return's URN: a converter's predecessor's returns count as the converter's earlier years. */
export interface Succession {
  /** The URN under which a return made as `urn` counts: its successor's, or its own. */
  historyUrnOf(urn: string): string;
  /** The URNs whose returns make up `urn`'s history: its predecessors (by URN), then itself. */
  urnsOf(urn: string): string[];
}

export async function succession(store: StoreReader): Promise<Succession> {
  const under = successionOf(await loadLinks(store));
  return {
    historyUrnOf: (urn) => under.get(urn) ?? urn,
    urnsOf: (urn) => {
      const urns = [...under].filter(([, to]) => to === urn).map(([from]) => from);
      return [...urns.sort(), urn];
    },
  };
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
