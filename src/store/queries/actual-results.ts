import type { StoreReader } from '../open-store.js';
import { currentReturns } from './current-returns.js';
import { succession } from './register.js';

/**
 * Every current accepted Actual return's counts and cohorts, for "below last actual" queries, each
 * under the URN whose history it belongs to (a converter's predecessor's results are its earlier
 * years, GIAS links).
 */
export async function actualResults(store: StoreReader) {
  const { historyUrnOf } = await succession(store);
  const rows = await currentReturns(store.db, 'predictions')
    .innerJoin('return_groups as g', 'g.return_id', 'r.id')
    .innerJoin('return_values as v', (j) =>
      j.onRef('v.return_id', '=', 'r.id').onRef('v.pupil_group', '=', 'g.pupil_group'),
    )
    .select(['r.urn', 'r.key_stage', 'r.academic_year', 'g.pupil_group', 'g.cohort', 'v.measure', 'v.value'])
    .where('r.period', '=', 'Actual')
    .execute();
  return rows.map((r) => ({ ...r, urn: r.urn && historyUrnOf(r.urn) }));
}
