// Where one published predictions figure comes from (school-returns explain): each current return's
// cell for a pupil group and measure, as the school returned it and where, with every amendment
// made to it; the returns left out because a later one superseded them; and the national figure
// with the file it came from. Reports read the same returns through currentReturns.
import type { StoreReader } from '../open-store.js';
import { currentReturns } from './current-returns.js';

export interface LineageQuery {
  academicYear: string;
  keyStage: string;
  round: string;
  pupilGroup: string;
  measure: string;
}

/** The file's own name: the folders it was imported from say nothing a reader needs, and may be private. */
const baseName = (path: string) => path.split(/[\\/]/).pop() || path;

/** A current return's group row for the pupil group, with its cell for the measure where it has one. */
export interface StoredCell {
  returnId: number;
  urn: string;
  schoolName: string;
  collaborativeGroup?: string;
  file: string;
  /** Which return of a many-school CSV; '' for a workbook. */
  part: string;
  importedAt: string;
  cohort: number;
  /** Where the cohort was found ("Predictions!C7", "line 12"); absent for a return stored before 2026-12. */
  cohortPlace?: string;
  /** Absent where the school left the measure blank for this group. */
  value?: { value: number; returned: string; place: string };
  amendments: StoredAmendment[];
}

export interface StoredAmendment {
  oldValue: number | null;
  newValue: number;
  reason: string;
  by: string;
  at: string;
}

/** Every figure's cells for the period: call with a pupil group and measure. */
export type LineageIndex = (pupilGroup: string, measure: string) => StoredCell[];

/**
 * The current returns' rows of every pupil group for a period, their cells and amendments, read
 * once: a Board paper explains every city and group figure from one read.
 */
export async function lineageIndex(
  { db }: StoreReader,
  q: Pick<LineageQuery, 'academicYear' | 'keyStage' | 'round'>,
): Promise<LineageIndex> {
  const period = currentReturns(db, 'predictions')
    .where('r.academic_year', '=', q.academicYear)
    .where('r.key_stage', '=', q.keyStage)
    .where('r.period', '=', q.round);
  const rows = await period
    .innerJoin('return_groups as g', 'g.return_id', 'r.id')
    .innerJoin('schools as s', 's.urn', 'r.urn')
    .leftJoin('group_memberships as m', (j) =>
      j.onRef('m.urn', '=', 'r.urn').onRef('m.academic_year', '=', 'r.academic_year'),
    )
    .select([
      'r.id as return_id',
      'r.urn',
      's.name',
      'm.collaborative_group',
      'r.file_name',
      'r.part',
      'r.imported_at',
      'g.pupil_group',
      'g.cohort',
      'g.cohort_place',
    ])
    .orderBy('r.urn')
    .execute();
  const values = await period
    .innerJoin('return_values as v', 'v.return_id', 'r.id')
    .select(['v.return_id', 'v.pupil_group', 'v.measure', 'v.value', 'v.returned', 'v.place'])
    .execute();
  const amendments = await period
    .innerJoin('amendments as a', 'a.return_id', 'r.id')
    .select(['a.return_id', 'a.pupil_group', 'a.measure', 'a.old_value', 'a.new_value', 'a.reason'])
    .select(['a.amended_by', 'a.amended_at', 'a.id'])
    .orderBy('a.id')
    .execute();
  const key = (returnId: number, group: string, measure: string) => `${returnId}|${group}|${measure}`;
  const valueOf = new Map(values.map((v) => [key(v.return_id, v.pupil_group, v.measure), v]));
  const amendmentsOf = new Map<string, StoredAmendment[]>();
  for (const a of amendments) {
    const k = key(a.return_id, a.pupil_group, a.measure);
    const list = amendmentsOf.get(k) ?? amendmentsOf.set(k, []).get(k)!;
    list.push({ oldValue: a.old_value, newValue: a.new_value, reason: a.reason, by: a.amended_by, at: a.amended_at });
  }
  const byGroup = new Map<string, typeof rows>();
  for (const r of rows) (byGroup.get(r.pupil_group) ?? byGroup.set(r.pupil_group, []).get(r.pupil_group)!).push(r);
  return (pupilGroup, measure) =>
    (byGroup.get(pupilGroup) ?? []).map((r) => {
      const v = valueOf.get(key(r.return_id, pupilGroup, measure));
      return {
        returnId: r.return_id,
        urn: r.urn!,
        schoolName: r.name,
        ...(r.collaborative_group ? { collaborativeGroup: r.collaborative_group } : {}),
        file: baseName(r.file_name),
        part: r.part,
        importedAt: r.imported_at,
        cohort: r.cohort ?? 0,
        ...(r.cohort_place ? { cohortPlace: r.cohort_place } : {}),
        ...(v ? { value: { value: v.value, returned: v.returned, place: v.place } } : {}),
        amendments: amendmentsOf.get(key(r.return_id, pupilGroup, measure)) ?? [],
      };
    });
}

/** An accepted return a later one from the same school replaced: kept in the store, not counted. */
export interface StoredSuperseded {
  returnId: number;
  urn: string;
  file: string;
  importedAt: string;
  supersededBy: number;
  /** The file of the return that replaced it. */
  byFile: string;
}

export async function supersededReturns(
  { db }: StoreReader,
  q: Pick<LineageQuery, 'academicYear' | 'keyStage' | 'round'>,
): Promise<StoredSuperseded[]> {
  const rows = await db
    .selectFrom('returns as r')
    .innerJoin('returns as n', 'n.id', 'r.superseded_by')
    .select(['r.id', 'r.urn', 'r.file_name', 'r.imported_at', 'r.superseded_by', 'n.file_name as by_file'])
    .where('r.kind', '=', 'predictions')
    .where('r.academic_year', '=', q.academicYear)
    .where('r.key_stage', '=', q.keyStage)
    .where('r.period', '=', q.round)
    .orderBy('r.urn')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    returnId: r.id,
    urn: r.urn!,
    file: baseName(r.file_name),
    importedAt: r.imported_at,
    supersededBy: r.superseded_by!,
    byFile: baseName(r.by_file),
  }));
}

/** A national figure as stored, with the kind of file it came from. */
export interface StoredNational {
  academicYear: string;
  measure: string;
  pupilGroup: string;
  value: number;
  areaName: string;
  source: string;
}

/** The national figures of a key stage, every year up to `academicYear`, newest first. */
export async function nationalSources(
  { db }: StoreReader,
  q: Pick<LineageQuery, 'academicYear' | 'keyStage'>,
): Promise<StoredNational[]> {
  const rows = await db
    .selectFrom('comparators')
    .select(['academic_year', 'measure', 'pupil_group', 'value', 'area_name', 'source'])
    .where('geographic_level', '=', 'National')
    .where('key_stage', '=', q.keyStage)
    .where('academic_year', '<=', q.academicYear)
    .orderBy('academic_year', 'desc')
    .execute();
  return rows.map((r) => ({
    academicYear: r.academic_year,
    measure: r.measure,
    pupilGroup: r.pupil_group,
    value: r.value,
    areaName: r.area_name,
    source: r.source,
  }));
}

/** A refused return of the period, with its first error: the latest for each school. */
export interface StoredRefusal {
  urn: string;
  file: string;
  ruleId: string;
  reason: string;
}

export async function refusalsOf(
  { db }: StoreReader,
  q: Pick<LineageQuery, 'academicYear' | 'keyStage' | 'round'>,
): Promise<Map<string, StoredRefusal>> {
  const rows = await db
    .selectFrom('returns as r')
    .leftJoin('messages as m', (j) => j.onRef('m.return_id', '=', 'r.id').on('m.severity', '=', 'error'))
    .select(['r.id', 'r.urn', 'r.file_name', 'm.id as message_id', 'm.rule_id', 'm.text'])
    .where('r.status', '=', 'refused')
    .where('r.kind', '=', 'predictions')
    .where('r.academic_year', '=', q.academicYear)
    .where('r.key_stage', '=', q.keyStage)
    .where('r.period', '=', q.round)
    .where('r.urn', 'is not', null)
    .orderBy('r.id', 'desc')
    .orderBy('m.id')
    .execute();
  const out = new Map<string, StoredRefusal>();
  for (const r of rows)
    if (!out.has(r.urn!))
      out.set(r.urn!, {
        urn: r.urn!,
        file: baseName(r.file_name),
        ruleId: r.rule_id ?? '',
        reason: r.text ?? 'no reason was recorded',
      });
  return out;
}

/** Schools with a predictions return of the key stage in a year before this one, and their latest group. */
export async function schoolsReturningBefore(
  { db }: StoreReader,
  q: Pick<LineageQuery, 'academicYear' | 'keyStage'>,
): Promise<Map<string, string | undefined>> {
  const urns = await db
    .selectFrom('returns')
    .select('urn')
    .distinct()
    .where('kind', '=', 'predictions')
    .where('key_stage', '=', q.keyStage)
    .where('academic_year', '<', q.academicYear)
    .where('urn', 'is not', null)
    .execute();
  const list = urns.map((u) => u.urn!);
  if (list.length === 0) return new Map();
  const groups = await db
    .selectFrom('group_memberships')
    .select(['urn', 'collaborative_group'])
    .where('urn', 'in', list)
    .orderBy('academic_year')
    .execute();
  const latest = new Map<string, string | undefined>(list.map((u) => [u, undefined]));
  for (const g of groups) latest.set(g.urn, g.collaborative_group);
  return latest;
}
