// Everything the store holds about one school, for the audit: its returns, the amendments made
// to them and the queries resolved on them. A school's history includes the returns of the
// predecessors it continues (GIAS links: a converter academy's earlier URN); each return keeps
// the URN it was made under.
import type { StoreReader } from '../open-store.js';
import { succession } from './register.js';

export async function schoolHistory(store: StoreReader, urn: string) {
  const { db } = store;
  const urns = (await succession(store)).urnsOf(urn);
  const returns = await db.selectFrom('returns').selectAll().where('urn', 'in', urns).orderBy('id').execute();
  const ids = returns.map((r) => r.id);
  if (ids.length === 0) return { returns, amendments: [], resolutions: [] };
  const amendments = await db.selectFrom('amendments').selectAll().where('return_id', 'in', ids).execute();
  const resolutions = await db
    .selectFrom('resolutions as x')
    .innerJoin('messages as m', 'm.id', 'x.message_id')
    .select(['x.message_id', 'x.outcome', 'x.reason', 'x.resolved_by', 'x.resolved_at', 'm.return_id', 'm.text'])
    .where('m.return_id', 'in', ids)
    .execute();
  return { returns, amendments, resolutions };
}
