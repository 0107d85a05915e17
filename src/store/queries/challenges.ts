import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { Store, StoreReader } from '../open-store.js';
import { inWriteTransaction } from '../write-transaction.js';
import { currentReturns } from './current-returns.js';

/** Queries raised on current (accepted, not superseded) returns, with any resolution. */
export function currentQueries({ db }: StoreReader) {
  return currentReturns(db)
    .innerJoin('messages as m', 'm.return_id', 'r.id')
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
    .orderBy('m.id')
    .execute();
}

/** The figure as it stands: the latest amendment, else the returned value. */
export async function currentValue({ db }: StoreReader, returnId: number, pupilGroup: string, measure: string) {
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
export async function latestAmendments({ db }: StoreReader, returnIds: readonly number[]) {
  if (returnIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('amendments')
    .select(['return_id', 'pupil_group', 'measure', 'new_value', 'id'])
    .where('return_id', 'in', [...returnIds])
    .orderBy('id')
    .execute();
  return new Map(rows.map((r) => [`${r.return_id}|${r.pupil_group}|${r.measure}`, r.new_value]));
}

/** The cohort a return gives for a pupil group, or undefined if it has no such group. */
export async function groupOfReturn({ db }: StoreReader, returnId: number, pupilGroup: string) {
  return db
    .selectFrom('return_groups')
    .select('cohort')
    .where('return_id', '=', returnId)
    .where('pupil_group', '=', pupilGroup)
    .executeTakeFirst();
}

export interface ResolutionRecord {
  messageId: number;
  outcome: 'accepted' | 'amended';
  reason: string;
  by: string;
  /** ISO 8601, UTC. */
  at: string;
}

export interface AmendmentRecord {
  returnId: number;
  pupilGroup: string;
  measure: string;
  oldValue: number | undefined;
  newValue: number;
}

/** A query answered, with the amendment it made if any: both or neither are stored. */
export async function recordResolution(store: Store, r: ResolutionRecord, amendment?: AmendmentRecord): Promise<void> {
  await inWriteTransaction(store, async ({ db }) => {
    if (amendment)
      await db
        .insertInto('amendments')
        .values({
          return_id: amendment.returnId,
          pupil_group: amendment.pupilGroup,
          measure: amendment.measure,
          old_value: amendment.oldValue ?? null,
          new_value: amendment.newValue,
          reason: r.reason,
          amended_by: r.by,
          amended_at: r.at,
          message_id: r.messageId,
        })
        .execute();
    await db
      .insertInto('resolutions')
      .values({ message_id: r.messageId, outcome: r.outcome, reason: r.reason, resolved_by: r.by, resolved_at: r.at })
      .execute();
  });
}
