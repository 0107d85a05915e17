import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** Every current accepted attendance return's whole-school enrolments. */
export function wholeSchoolEnrolments(db: Kysely<Database>, wholeCohort: string) {
  return db
    .selectFrom('returns as r')
    .innerJoin('return_values as v', 'v.return_id', 'r.id')
    .select(['r.urn', 'r.academic_year', 'r.period', 'v.value'])
    .where('r.kind', '=', 'attendance')
    .where('r.status', '=', 'accepted')
    .where('r.superseded_by', 'is', null)
    .where('v.pupil_group', '=', wholeCohort)
    .where('v.measure', '=', 'enrolments')
    .execute();
}
