import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { StoreReader } from '../open-store.js';
import { currentReturns } from './current-returns.js';

/** Every current accepted attendance return's whole-school enrolments. */
export function wholeSchoolEnrolments({ db }: StoreReader, wholeCohort: string) {
  return currentReturns(db, 'attendance')
    .innerJoin('return_values as v', 'v.return_id', 'r.id')
    .select(['r.urn', 'r.academic_year', 'r.period', 'v.value'])
    .where('v.pupil_group', '=', wholeCohort)
    .where('v.measure', '=', 'enrolments')
    .execute();
}
