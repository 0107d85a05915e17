// The returns the store holds for a period, whatever became of them, for the chase list; and the
// periods that have current accepted returns, for charts over time.
import type { StoreReader } from '../open-store.js';
import { currentReturns, type StoredKind } from './current-returns.js';

export interface PeriodQuery {
  kind: StoredKind;
  academicYear: string;
  keyStage?: string;
  period: string;
}

/** Every return for the period (accepted, refused, superseded), newest first. */
export async function returnsForPeriod({ db }: StoreReader, q: PeriodQuery) {
  let returns = db
    .selectFrom('returns')
    .selectAll()
    .where('kind', '=', q.kind)
    .where('academic_year', '=', q.academicYear)
    .where('period', '=', q.period);
  if (q.keyStage) returns = returns.where('key_stage', '=', q.keyStage);
  return returns.orderBy('id', 'desc').execute();
}

/** The first error message of each of these returns (ordered newest first, so the first one stays). */
export async function firstErrorOf({ db }: StoreReader, returnIds: readonly number[]): Promise<Map<number, string>> {
  if (returnIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('messages')
    .select(['return_id', 'text', 'id'])
    .where('severity', '=', 'error')
    .where('return_id', 'in', [...returnIds])
    .orderBy('id', 'desc')
    .execute();
  return new Map(rows.map((m) => [m.return_id, m.text]));
}

/** The (year, period) pairs with current accepted returns of a kind (and key stage). */
export async function periodsWithReturns({ db }: StoreReader, kind: StoredKind, keyStage?: string) {
  let query = currentReturns(db, kind)
    .select(['r.academic_year', 'r.period'])
    .distinct()
    .where('r.academic_year', 'is not', null)
    .where('r.period', 'is not', null);
  if (keyStage !== undefined) query = query.where('r.key_stage', '=', keyStage);
  return (await query.execute()).map((r) => ({ academicYear: r.academic_year!, period: r.period! }));
}

/** The years with an Actual return stored for the key stage (the figures are then read from current ones). */
export async function yearsWithActuals({ db }: StoreReader, keyStage: string): Promise<string[]> {
  const rows = await db
    .selectFrom('returns')
    .select('academic_year')
    .distinct()
    .where('kind', '=', 'predictions')
    .where('period', '=', 'Actual')
    .where('key_stage', '=', keyStage)
    .execute();
  return rows.map((r) => r.academic_year!);
}
