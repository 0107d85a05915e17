// Ofsted inspections (issue 16, item 4): written by `ofsted import` in one transaction, read by the
// category report. Shared reference data, like comparators: every council sees every school's.
import type { OfstedInspectionsTable } from '../database.js';
import type { Store, StoreReader } from '../open-store.js';
import { inWriteTransaction } from '../write-transaction.js';

export type InspectionRow = OfstedInspectionsTable;

/** Stores inspections, the same school and date given again taking the later file's judgement. */
export async function storeInspections(store: Store, rows: readonly InspectionRow[]): Promise<void> {
  await inWriteTransaction(store, async ({ db }) => {
    for (const row of rows)
      await db
        .insertInto('ofsted_inspections')
        .values(row)
        .onConflict((oc) => oc.columns(['urn', 'inspection_date']).doUpdateSet({ judgement: row.judgement }))
        .execute();
  });
}

export function loadInspections({ db }: StoreReader): Promise<InspectionRow[]> {
  return db.selectFrom('ofsted_inspections').selectAll().orderBy('urn').orderBy('inspection_date').execute();
}
