import type { StoreReader } from '../open-store.js';
import { currentReturns } from './current-returns.js';
import { succession } from './register.js';

/**
 * Every current accepted attendance return's whole-school enrolments, each under the URN whose
 * history it belongs to: a converter's predecessor's returns are the converter's earlier terms
 * (GIAS links), so its enrolments are compared across the change of URN. `returnedAs` is the URN
 * the return was made under.
 */
export async function wholeSchoolEnrolments(store: StoreReader, wholeCohort: string) {
  const { historyUrnOf } = await succession(store);
  const rows = await currentReturns(store.db, 'attendance')
    .innerJoin('return_values as v', 'v.return_id', 'r.id')
    .select(['r.urn', 'r.academic_year', 'r.period', 'v.value'])
    .where('v.pupil_group', '=', wholeCohort)
    .where('v.measure', '=', 'enrolments')
    .execute();
  return rows.map((r) => ({ ...r, urn: r.urn && historyUrnOf(r.urn), returnedAs: r.urn }));
}
