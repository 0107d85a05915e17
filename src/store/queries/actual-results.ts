import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { StoreReader } from '../open-store.js';
import { currentReturns } from './current-returns.js';

/** Every current accepted Actual return's counts and cohorts, for "below last actual" queries. */
export function actualResults({ db }: StoreReader) {
  return currentReturns(db, 'predictions')
    .innerJoin('return_groups as g', 'g.return_id', 'r.id')
    .innerJoin('return_values as v', (j) =>
      j.onRef('v.return_id', '=', 'r.id').onRef('v.pupil_group', '=', 'g.pupil_group'),
    )
    .select(['r.urn', 'r.key_stage', 'r.academic_year', 'g.pupil_group', 'g.cohort', 'v.measure', 'v.value'])
    .where('r.period', '=', 'Actual')
    .execute();
}
