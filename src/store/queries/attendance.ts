import type { Kysely } from 'kysely';
import type { AttendanceRecord, Term } from '../../aggregate/attendance/index.js';
import type { HalfTermRecord } from '../../aggregate/attendance/half-terms.js';
import { persistentAbsenceThreshold } from '../../aggregate/attendance/persistent-threshold.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { Database } from '../database.js';
import type { StoreReader } from '../open-store.js';
import { currentReturns } from './current-returns.js';

export type { AttendanceRecord };

/**
 * The current accepted attendance returns' counts, by the catalogue's attendance columns: the termly
 * returns', and the half-term returns' (issue 14) each with its half term's catalogue code. One read.
 */
export async function currentAttendanceReturns(
  store: StoreReader,
  cat: Catalogue,
): Promise<{ termly: AttendanceRecord[]; halfTermly: HalfTermRecord[] }> {
  const records = await currentAttendanceOf(store, cat);
  const terms = new Set(cat.terms.map((t) => t.code));
  const halves = new Set(cat.halfTerms.map((h) => h.code));
  return {
    termly: records.flatMap(({ period, ...r }) => (terms.has(period) ? [{ ...r, term: period as Term }] : [])),
    halfTermly: records.flatMap(({ period, ...r }) => (halves.has(period) ? [{ ...r, halfTerm: period }] : [])),
  };
}

/** The current accepted termly attendance returns' counts (currentAttendanceReturns' `termly`). */
export async function currentAttendance(store: StoreReader, cat: Catalogue): Promise<AttendanceRecord[]> {
  return (await currentAttendanceReturns(store, cat)).termly;
}

type Counted = Omit<AttendanceRecord, 'term'> & { period: string; counts: Record<string, number> };

async function currentAttendanceOf({ db }: StoreReader, cat: Catalogue): Promise<Counted[]> {
  const rows = await currentReturns(db, 'attendance')
    .innerJoin('return_values as v', 'v.return_id', 'r.id')
    .select(['r.urn', 'r.academic_year', 'r.period', 'v.pupil_group', 'v.measure', 'v.value'])
    // A whole order, the same on either dialect: a school's pupil groups are listed in the order read here.
    .orderBy('r.urn')
    .orderBy('r.academic_year')
    .orderBy('r.period')
    .orderBy('v.pupil_group')
    .orderBy('v.measure')
    .execute();
  const columns = cat.attendanceColumns;
  const records = new Map<string, Counted>();
  for (const r of rows) {
    if (r.period === null) continue;
    const key = `${r.urn}|${r.academic_year}|${r.period}|${r.pupil_group}`;
    let record = records.get(key);
    if (!record) {
      record = {
        urn: r.urn!,
        academicYear: r.academic_year!,
        period: r.period!,
        pupilGroup: r.pupil_group,
        // A required column is in every accepted return; 0 until its value is read.
        counts: Object.fromEntries(columns.all.filter((c) => c.required).map((c) => [c.code, 0])),
      };
      records.set(key, record);
    }
    if (columns.column(r.measure)) record.counts[r.measure] = r.value;
  }
  return [...records.values()];
}

/**
 * Attendance comparators at one geographic level: academic year, phase, measure → value; only those
 * defined as the tool's own figures are (issue 12): a whole year of the catalogue's terms (two half
 * terms each), and persistent absence at the threshold the catalogue sets for the row's year. A 10%
 * figure for a year rated at 15% is left out, never compared. `halfTerms` asks for a shorter window's
 * figures instead (the year to Summer 1: five half terms, as the DfE counted before 2012/13); a figure
 * of no stated definition (0) is taken for a whole year only.
 */
export async function attendanceComparators(
  { db }: StoreReader,
  level: string,
  cat: Catalogue,
  halfTerms = 2 * cat.terms.length,
) {
  const rows = await db
    .selectFrom('comparators')
    .select(['academic_year', 'key_stage', 'measure', 'value', 'half_terms', 'pa_threshold', 'area_name', 'source'])
    .where('geographic_level', '=', level)
    .where('pupil_group', '=', cat.wholeCohort)
    .where(
      'measure',
      'in',
      cat.attendance.rates.map((r) => r.code),
    )
    .where('half_terms', 'in', halfTerms === 2 * cat.terms.length ? [0, halfTerms] : [halfTerms])
    .execute();
  return (
    rows
      .filter(
        (r) =>
          r.pa_threshold === 0 ||
          r.pa_threshold === persistentAbsenceThreshold(r.academic_year, cat.attendance.persistentAbsenceThresholds),
      )
      // Its area, file and definition kept for `explain`, which names the national figure's source.
      .map(({ academic_year, key_stage, measure, value, area_name, source, half_terms, pa_threshold }) => ({
        ...{ academic_year, key_stage, measure, value },
        ...{ area_name, source, half_terms, pa_threshold },
      }))
  );
}

export function attendanceTargets({ db }: StoreReader, academicYear: string, cat: Catalogue) {
  return db
    .selectFrom('targets')
    .selectAll()
    .where('academic_year', '=', academicYear)
    .where('pupil_group', '=', cat.wholeCohort)
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
