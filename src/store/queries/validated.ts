// The round Validated: the DfE performance tables' school-level figures, stored as published.
import type { ValidatedOutcomesTable } from '../database.js';
import type { Store, StoreReader } from '../open-store.js';
import { inWriteTransaction } from '../write-transaction.js';

export type ValidatedRow = ValidatedOutcomesTable;

/** Rows inserted at a time: SQLite takes at most 32,766 bound values in one statement. */
const CHUNK = 500;

/**
 * Stores a download's figures in one write transaction. A figure of the same year, school, key
 * stage, measure and threshold replaces the one stored (the DfE's revised tables replace the first).
 */
export async function storeValidated(store: Store, rows: readonly ValidatedRow[]): Promise<void> {
  await inWriteTransaction(store, async ({ db }) => {
    for (let i = 0; i < rows.length; i += CHUNK)
      await db
        .insertInto('validated_outcomes')
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) =>
          oc.columns(['academic_year', 'urn', 'key_stage', 'measure', 'pa_threshold']).doUpdateSet((eb) => ({
            la_code: eb.ref('excluded.la_code'),
            estab: eb.ref('excluded.estab'),
            unit: eb.ref('excluded.unit'),
            value: eb.ref('excluded.value'),
            symbol: eb.ref('excluded.symbol'),
            source_column: eb.ref('excluded.source_column'),
            file_name: eb.ref('excluded.file_name'),
          })),
        )
        .execute();
  });
}

/** The validated figures of a year (and key stage, where given), by LA code and establishment. */
export function validatedOutcomes(
  { db }: StoreReader,
  academicYear: string,
  keyStage?: string,
): Promise<ValidatedRow[]> {
  let q = db.selectFrom('validated_outcomes').selectAll().where('academic_year', '=', academicYear);
  if (keyStage) q = q.where('key_stage', '=', keyStage);
  return q.orderBy('la_code').orderBy('estab').orderBy('urn').orderBy('measure').execute();
}
