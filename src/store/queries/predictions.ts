import type { Kysely } from 'kysely';
import type { SchoolFigure } from '../../aggregate/predictions/aggregate-predictions.js';
import type { Database } from '../database.js';
import type { StoreReader } from '../open-store.js';
import { currentReturns } from './current-returns.js';
import { latestAmendments } from './challenges.js';

export interface PredictionsQuery {
  academicYear: string;
  keyStage: string;
  round: string;
  /** Show figures as the schools returned them, without amendments made after challenge. */
  asReturned?: boolean;
}

/** The figures of the current (not superseded) accepted returns for a year, key stage and round. */
export async function currentPredictionFigures({ db }: StoreReader, q: PredictionsQuery): Promise<SchoolFigure[]> {
  const rows = await currentReturns(db, 'predictions')
    .innerJoin('return_groups as g', 'g.return_id', 'r.id')
    .innerJoin('return_values as v', (j) =>
      j.onRef('v.return_id', '=', 'r.id').onRef('v.pupil_group', '=', 'g.pupil_group'),
    )
    .innerJoin('schools as s', 's.urn', 'r.urn')
    .leftJoin('group_memberships as m', (j) =>
      j.onRef('m.urn', '=', 'r.urn').onRef('m.academic_year', '=', 'r.academic_year'),
    )
    .select([
      'r.id as return_id',
      'r.urn',
      's.name',
      'm.collaborative_group',
      'g.pupil_group',
      'g.cohort',
      'v.measure',
      'v.value',
    ])
    .where('r.academic_year', '=', q.academicYear)
    .where('r.key_stage', '=', q.keyStage)
    .where('r.period', '=', q.round)
    // A whole order, the same on either dialect: the suppression decides cells in the order it is given
    // them, and by the school alone the published Board paper of the demo hid one more cell on PostgreSQL.
    .orderBy('r.urn')
    .orderBy('g.pupil_group')
    .orderBy('v.measure')
    .execute();
  const amended = q.asReturned
    ? new Map<string, number>()
    : await latestAmendments({ db }, [...new Set(rows.map((r) => r.return_id))]);
  const figure = (r: (typeof rows)[number], measure: string, value: number): SchoolFigure => ({
    urn: r.urn!,
    schoolName: r.name,
    ...(r.collaborative_group ? { collaborativeGroup: r.collaborative_group } : {}),
    pupilGroup: r.pupil_group,
    cohort: r.cohort ?? 0,
    measure,
    value,
  });
  const figures = rows.map((r) =>
    figure(r, r.measure, amended.get(`${r.return_id}|${r.pupil_group}|${r.measure}`) ?? r.value),
  );
  // An amendment may supply a figure the school left blank (a formula with no saved result).
  const returned = new Set(rows.map((r) => `${r.return_id}|${r.pupil_group}|${r.measure}`));
  const groupRow = new Map(rows.map((r) => [`${r.return_id}|${r.pupil_group}`, r]));
  for (const [key, value] of amended) {
    if (returned.has(key)) continue;
    const [returnId, pupilGroup, measure] = key.split('|');
    const row = groupRow.get(`${returnId}|${pupilGroup}`);
    if (row) figures.push(figure(row, measure!, value));
  }
  return figures;
}

/** National comparators for a key stage, every year up to `academicYear`, newest first. */
export function nationalComparators({ db }: StoreReader, keyStage: string, academicYear: string) {
  return db
    .selectFrom('comparators')
    .select(['academic_year', 'measure', 'pupil_group', 'value'])
    .where('geographic_level', '=', 'National')
    .where('key_stage', '=', keyStage)
    .where('academic_year', '<=', academicYear)
    .orderBy('academic_year', 'desc')
    .execute();
}

/** The rounds of a year and key stage with a current accepted return: one publication (issue 10). */
export async function predictionRounds(
  { db }: StoreReader,
  q: Pick<PredictionsQuery, 'academicYear' | 'keyStage'>,
): Promise<string[]> {
  const rows = await currentReturns(db, 'predictions')
    .select('r.period')
    .distinct()
    .where('r.academic_year', '=', q.academicYear)
    .where('r.key_stage', '=', q.keyStage)
    .orderBy('r.period')
    .execute();
  return rows.map((r) => r.period!);
}
