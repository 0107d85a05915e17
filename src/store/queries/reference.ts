// The writes of the reference imports (register, groups, comparators, targets): each file's rows go
// in one write transaction, so a failed import leaves the reference data as it was.
import type {
  ComparatorsTable,
  GroupMembershipsTable,
  NeighboursTable,
  SchoolLinksTable,
  SchoolsTable,
  TargetsTable,
} from '../database.js';
import type { Store } from '../open-store.js';
import { inWriteTransaction } from '../write-transaction.js';

export type SchoolRow = SchoolsTable;
export type LinkRow = SchoolLinksTable;
export type MembershipRow = GroupMembershipsTable;
export type ComparatorRow = ComparatorsTable;
export type TargetRow = TargetsTable;
export type NeighbourRow = NeighboursTable;

/** Adds the register's schools, or brings a school already known (by URN) up to the register's details. */
export async function storeSchools(store: Store, schools: readonly SchoolRow[]): Promise<void> {
  await inWriteTransaction(store, async ({ db }) => {
    for (const school of schools) {
      await db
        .insertInto('schools')
        .values(school)
        .onConflict((oc) =>
          oc.column('urn').doUpdateSet({
            laestab: school.laestab,
            la_code: school.la_code,
            name: school.name,
            phase: school.phase,
            type: school.type,
            status: school.status,
            low_age: school.low_age,
            high_age: school.high_age,
            open_date: school.open_date,
            close_date: school.close_date,
          }),
        )
        .execute();
    }
  });
}

/** Adds GIAS links, a link given again (same URN, linked URN and type) bringing its name and date up to date. */
export async function storeLinks(store: Store, links: readonly LinkRow[]): Promise<void> {
  await inWriteTransaction(store, async ({ db }) => {
    for (const link of links) {
      await db
        .insertInto('school_links')
        .values(link)
        .onConflict((oc) =>
          oc
            .columns(['urn', 'link_urn', 'link_type'])
            .doUpdateSet({ link_name: link.link_name, established: link.established }),
        )
        .execute();
    }
  });
}

/** Replaces the whole membership of each year given with these rows: a corrected list leaves no stale rows. */
export async function replaceMemberships(
  store: Store,
  years: readonly string[],
  rows: readonly MembershipRow[],
): Promise<void> {
  await inWriteTransaction(store, async ({ db }) => {
    if (years.length > 0) await db.deleteFrom('group_memberships').where('academic_year', 'in', years).execute();
    if (rows.length > 0) await db.insertInto('group_memberships').values(rows).execute();
  });
}

/**
 * Stores comparators, a later figure for the same year, area, key stage, measure, group and definition
 * (half terms, persistent-absence threshold) replacing the earlier; another definition is another row.
 */
export async function storeComparators(store: Store, rows: readonly ComparatorRow[]): Promise<void> {
  await inWriteTransaction(store, async ({ db }) => {
    for (const row of rows) {
      await db
        .insertInto('comparators')
        .values(row)
        .onConflict((oc) =>
          oc
            .columns([
              'academic_year',
              'geographic_level',
              'area_name',
              'key_stage',
              'measure',
              'pupil_group',
              'half_terms',
              'pa_threshold',
            ])
            .doUpdateSet({
              value: row.value,
              unit: row.unit,
              area_code: row.area_code,
              provisional: row.provisional,
              source: row.source,
            }),
        )
        .execute();
    }
  });
}

/** Replaces the neighbour list of each LA given with these rows: a newer list leaves no stale neighbour. */
export async function replaceNeighbours(store: Store, rows: readonly NeighbourRow[]): Promise<void> {
  const laCodes = [...new Set(rows.map((r) => r.la_code))];
  await inWriteTransaction(store, async ({ db }) => {
    if (laCodes.length > 0) await db.deleteFrom('neighbours').where('la_code', 'in', laCodes).execute();
    if (rows.length > 0) await db.insertInto('neighbours').values(rows).execute();
  });
}

/** Stores targets, a later value for the same year, scope, measure and group replacing the earlier. */
export async function storeTargets(store: Store, rows: readonly TargetRow[]): Promise<void> {
  await inWriteTransaction(store, async ({ db }) => {
    for (const row of rows) {
      await db
        .insertInto('targets')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['academic_year', 'scope', 'measure', 'pupil_group']).doUpdateSet({ value: row.value }),
        )
        .execute();
    }
  });
}
