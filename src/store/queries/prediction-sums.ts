// A round's figures summed in the store (GROUP BY) by collaborative group, pupil group and measure, for a
// report that shows no school (issue 15, item 5): 2,000 schools give some 27,000 sums where they give
// 320,000 figures. The returns counted and the amendments applied are those of currentPredictionFigures
// (predictions.ts), so the areas made from these sums are the areas made from the figures.
import { sql, type Kysely } from 'kysely';
import type { RoundSums, SchoolFigure } from '../../aggregate/predictions/aggregate-predictions.js';
import type { Database } from '../database.js';
import type { Store } from '../open-store.js';
import { currentReturns } from './current-returns.js';
import type { PredictionsQuery } from './predictions.js';

/** The latest amendment of each figure, by its id (the figure as it stands, as latestAmendments has it). */
const latestAmendment = (db: Kysely<Database>) =>
  db
    .selectFrom('amendments')
    .select(['return_id', 'pupil_group', 'measure'])
    .select((eb) => eb.fn.max('id').as('id'))
    .groupBy(['return_id', 'pupil_group', 'measure']);

/** The current accepted returns of the round, of schools in the register, each with its group of the year. */
const roundReturns = (db: Kysely<Database>, q: PredictionsQuery) =>
  currentReturns(db, 'predictions')
    .innerJoin('schools as s', 's.urn', 'r.urn')
    .leftJoin('group_memberships as m', (j) =>
      j.onRef('m.urn', '=', 'r.urn').onRef('m.academic_year', '=', 'r.academic_year'),
    )
    .where('r.academic_year', '=', q.academicYear)
    .where('r.key_stage', '=', q.keyStage)
    .where('r.period', '=', q.round);

/** The current returns' figures of a round, summed by collaborative group (or none), pupil group and measure. */
export async function currentPredictionSums({ db, dialect }: Store, q: PredictionsQuery): Promise<RoundSums> {
  const counted = q.asReturned ? sql<number>`v.value` : sql<number>`coalesce(a.new_value, v.value)`;
  const rows = await roundReturns(db, q)
    .innerJoin('return_groups as g', 'g.return_id', 'r.id')
    .innerJoin('return_values as v', (j) =>
      j.onRef('v.return_id', '=', 'r.id').onRef('v.pupil_group', '=', 'g.pupil_group'),
    )
    .leftJoin(latestAmendment(db).as('l'), (j) =>
      j
        .onRef('l.return_id', '=', 'v.return_id')
        .onRef('l.pupil_group', '=', 'v.pupil_group')
        .onRef('l.measure', '=', 'v.measure'),
    )
    .leftJoin('amendments as a', 'a.id', 'l.id')
    .select(['m.collaborative_group', 'g.pupil_group', 'v.measure'])
    .select([
      sql<number | string>`sum(coalesce(g.cohort, 0))`.as('cohort'),
      sql<number | string>`sum(${counted})`.as('sum'),
      sql<number | string>`sum(${counted} * coalesce(g.cohort, 0))`.as('weighted'),
      dialect.listOf('r.urn').as('urns'),
    ])
    .groupBy(['m.collaborative_group', 'g.pupil_group', 'v.measure'])
    .execute();
  // PostgreSQL gives a sum of integers as a bigint, which pg reads as text.
  const sums = rows.map((r) => ({
    ...(r.collaborative_group ? { collaborativeGroup: r.collaborative_group } : {}),
    pupilGroup: r.pupil_group,
    measure: r.measure,
    cohort: Number(r.cohort),
    sum: Number(r.sum),
    weighted: Number(r.weighted),
    urns: r.urns.split(',').sort(),
  }));
  return { sums, agreedBlanks: q.asReturned ? [] : await agreedBlanks(db, q) };
}

/**
 * An amendment of a figure the return has no value for counts, as currentPredictionFigures counts it,
 * where the return has the pupil group with a value for some other measure.
 */
async function agreedBlanks(db: Kysely<Database>, q: PredictionsQuery): Promise<SchoolFigure[]> {
  const rows = await roundReturns(db, q)
    .innerJoin(latestAmendment(db).as('l'), 'l.return_id', 'r.id')
    .innerJoin('amendments as a', 'a.id', 'l.id')
    .innerJoin('return_groups as g', (j) =>
      j.onRef('g.return_id', '=', 'r.id').onRef('g.pupil_group', '=', 'l.pupil_group'),
    )
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('return_values as v')
            .select('v.measure')
            .whereRef('v.return_id', '=', 'l.return_id')
            .whereRef('v.pupil_group', '=', 'l.pupil_group')
            .whereRef('v.measure', '=', 'l.measure'),
        ),
      ),
    )
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('return_values as w')
          .select('w.measure')
          .whereRef('w.return_id', '=', 'l.return_id')
          .whereRef('w.pupil_group', '=', 'l.pupil_group'),
      ),
    )
    .select(['r.urn', 's.name', 'm.collaborative_group', 'l.pupil_group', 'g.cohort', 'l.measure', 'a.new_value'])
    .orderBy('r.urn')
    .orderBy('l.pupil_group')
    .orderBy('l.measure')
    .execute();
  return rows.map((r) => ({
    urn: r.urn!,
    schoolName: r.name,
    ...(r.collaborative_group ? { collaborativeGroup: r.collaborative_group } : {}),
    pupilGroup: r.pupil_group,
    cohort: r.cohort ?? 0,
    measure: r.measure,
    value: r.new_value,
  }));
}
