import type { Kysely } from 'kysely';
import type { AttendanceCounts, AttendanceRecord, Term } from '../../aggregate/attendance/index.js';
import type { Database } from '../database.js';
import type { StoreReader } from '../open-store.js';
import { currentReturns } from './current-returns.js';

export type { AttendanceRecord };

// The attendance columns' codes (schemas/catalogue/attendance.json) and the core's field names.
const FIELDS: Record<string, keyof AttendanceCounts> = {
  enrolments: 'enrolments',
  possible_sessions: 'possibleSessions',
  authorised_absence: 'authorisedAbsence',
  unauthorised_absence: 'unauthorisedAbsence',
  persistent_absentees: 'persistentAbsentees',
  fixed_term_exclusions: 'fixedTermExclusions',
  permanent_exclusions: 'permanentExclusions',
  penalty_notices: 'penaltyNotices',
};

export async function currentAttendance({ db }: StoreReader): Promise<AttendanceRecord[]> {
  const rows = await currentReturns(db, 'attendance')
    .innerJoin('return_values as v', 'v.return_id', 'r.id')
    .select(['r.urn', 'r.academic_year', 'r.period', 'v.pupil_group', 'v.measure', 'v.value'])
    .execute();
  const records = new Map<string, AttendanceRecord>();
  for (const r of rows) {
    const key = `${r.urn}|${r.academic_year}|${r.period}|${r.pupil_group}`;
    let record = records.get(key);
    if (!record) {
      record = {
        urn: r.urn!,
        academicYear: r.academic_year!,
        term: r.period as Term,
        pupilGroup: r.pupil_group,
        counts: {
          enrolments: 0,
          possibleSessions: 0,
          authorisedAbsence: 0,
          unauthorisedAbsence: 0,
          persistentAbsentees: 0,
        },
      };
      records.set(key, record);
    }
    const field = FIELDS[r.measure];
    if (field) record.counts[field] = r.value;
  }
  return [...records.values()];
}

/** Attendance comparators at one geographic level: academic year, phase, measure → value. */
export function attendanceComparators({ db }: StoreReader, level: string) {
  return db
    .selectFrom('comparators')
    .select(['academic_year', 'key_stage', 'measure', 'value'])
    .where('geographic_level', '=', level)
    .where('pupil_group', '=', 'all')
    .where('measure', 'in', [
      'overall_absence_rate',
      'authorised_absence_rate',
      'unauthorised_absence_rate',
      'persistent_absence_rate',
    ])
    .execute();
}

export function attendanceTargets({ db }: StoreReader, academicYear: string) {
  return db
    .selectFrom('targets')
    .selectAll()
    .where('academic_year', '=', academicYear)
    .where('pupil_group', '=', 'all')
    .execute();
}

/** Schools whose only attendance returns for a year and term were refused. */
export async function refusedAttendance({ db }: StoreReader, academicYear: string, term: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('returns')
    .select(['urn', 'status'])
    .where('kind', '=', 'attendance')
    .where('academic_year', '=', academicYear)
    .where('period', '=', term)
    .execute();
  const accepted = new Set(rows.filter((r) => r.status === 'accepted').map((r) => r.urn));
  return new Set(rows.filter((r) => r.status === 'refused' && r.urn && !accepted.has(r.urn)).map((r) => r.urn!));
}
