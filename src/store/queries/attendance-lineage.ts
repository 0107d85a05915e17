// Where one attendance figure comes from (school-returns explain): each current return's cells for
// a pupil group, in the terms and columns the figure is made of, as returned and where.
import type { StoreReader } from '../open-store.js';
import { currentReturns } from './current-returns.js';

const baseName = (path: string) => path.split(/[\\/]/).pop() || path;

export interface StoredAttendanceCell {
  urn: string;
  term: string;
  column: string;
  value: number;
  returned: string;
  /** "Attendance!C7" or "line 12". */
  place: string;
  file: string;
  importedAt: string;
}

export async function attendanceLineage(
  { db }: StoreReader,
  q: { academicYear: string; terms: readonly string[]; pupilGroup: string; columns: readonly string[] },
): Promise<StoredAttendanceCell[]> {
  if (q.terms.length === 0 || q.columns.length === 0) return [];
  const rows = await currentReturns(db, 'attendance')
    .innerJoin('return_values as v', 'v.return_id', 'r.id')
    .select(['r.urn', 'r.period', 'r.file_name', 'r.imported_at', 'v.measure', 'v.value', 'v.returned', 'v.place'])
    .where('r.academic_year', '=', q.academicYear)
    .where('r.period', 'in', [...q.terms])
    .where('v.pupil_group', '=', q.pupilGroup)
    .where('v.measure', 'in', [...q.columns])
    .orderBy('r.urn')
    .execute();
  return rows.map((r) => ({
    urn: r.urn!,
    term: r.period!,
    column: r.measure,
    value: r.value,
    returned: r.returned,
    place: r.place,
    file: baseName(r.file_name),
    importedAt: r.imported_at,
  }));
}
