import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** Queries raised on current (accepted, not superseded) returns, with any resolution. */
export function currentQueries(db: Kysely<Database>) {
  return db
    .selectFrom('messages as m')
    .innerJoin('returns as r', 'r.id', 'm.return_id')
    .leftJoin('schools as s', 's.urn', 'r.urn')
    .leftJoin('resolutions as x', 'x.message_id', 'm.id')
    .select([
      'm.id',
      'm.return_id',
      'm.rule_id',
      'm.text',
      'm.file',
      'm.sheet',
      'm.cell',
      'm.line',
      'm.pupil_group',
      'm.measure',
      'r.urn',
      's.name as school_name',
      'r.kind',
      'r.key_stage',
      'r.academic_year',
      'r.period',
      'x.outcome',
      'x.reason',
      'x.resolved_by',
      'x.resolved_at',
    ])
    .where('m.severity', '=', 'query')
    .where('r.status', '=', 'accepted')
    .where('r.superseded_by', 'is', null)
    .orderBy('m.id')
    .execute();
}

/** The figure as it stands: the latest amendment, else the returned value. */
export async function currentValue(db: Kysely<Database>, returnId: number, pupilGroup: string, measure: string) {
  const amended = await db
    .selectFrom('amendments')
    .select('new_value')
    .where('return_id', '=', returnId)
    .where('pupil_group', '=', pupilGroup)
    .where('measure', '=', measure)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (amended) return amended.new_value;
  const returned = await db
    .selectFrom('return_values')
    .select('value')
    .where('return_id', '=', returnId)
    .where('pupil_group', '=', pupilGroup)
    .where('measure', '=', measure)
    .executeTakeFirst();
  return returned?.value;
}

/** The latest amendment of each figure of these returns. */
export async function latestAmendments(db: Kysely<Database>, returnIds: readonly number[]) {
  if (returnIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('amendments')
    .select(['return_id', 'pupil_group', 'measure', 'new_value', 'id'])
    .where('return_id', 'in', [...returnIds])
    .orderBy('id')
    .execute();
  return new Map(rows.map((r) => [`${r.return_id}|${r.pupil_group}|${r.measure}`, r.new_value]));
}
