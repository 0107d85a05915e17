// Where a report's figures came from: the returns for its period, counted by outcome, when they
// were imported, and the refused files with the first reason each was refused.
import type { RefusedFile, ReturnsProvenance } from '../../domain/provenance.js';
import type { Store } from '../open-store.js';

export type { RefusedFile, ReturnsProvenance };

export interface ProvenanceScope {
  kind: 'predictions' | 'attendance';
  academicYear: string;
  /** Round for predictions, term for attendance. */
  period: string;
  keyStage?: string;
}

/** The file's own name: the folders it was imported from say nothing a reader needs, and may be private. */
const baseName = (path: string) => path.split(/[\\/]/).pop() || path;

async function firstErrors(store: Store, returnIds: number[]): Promise<Map<number, { rule_id: string; text: string }>> {
  if (returnIds.length === 0) return new Map();
  const rows = await store.db
    .selectFrom('messages')
    .select(['return_id', 'rule_id', 'text', 'severity', 'id'])
    .where('return_id', 'in', returnIds)
    .orderBy('id')
    .execute();
  const first = new Map<number, { rule_id: string; text: string }>();
  for (const severity of ['error', 'query', 'warning']) {
    for (const r of rows) if (r.severity === severity && !first.has(r.return_id)) first.set(r.return_id, r);
  }
  return first;
}

export async function returnsProvenance(store: Store, scope: ProvenanceScope): Promise<ReturnsProvenance> {
  let query = store.db
    .selectFrom('returns')
    .select(['id', 'file_name', 'status', 'superseded_by', 'queries', 'imported_at'])
    .where('kind', '=', scope.kind)
    .where('academic_year', '=', scope.academicYear)
    .where('period', '=', scope.period);
  if (scope.keyStage !== undefined) query = query.where('key_stage', '=', scope.keyStage);
  const rows = await query.orderBy('id').execute();
  const current = rows.filter((r) => r.status === 'accepted' && r.superseded_by === null);
  const refused = rows.filter((r) => r.status === 'refused');
  const reasons = await firstErrors(
    store,
    refused.map((r) => r.id),
  );
  const times = rows.map((r) => r.imported_at).sort();
  return {
    accepted: current.length,
    acceptedWithQueries: current.filter((r) => r.queries > 0).length,
    refused: refused.length,
    superseded: rows.filter((r) => r.superseded_by !== null).length,
    ...(times.length > 0 ? { earliest: times[0]!, latest: times.at(-1)! } : {}),
    refusedFiles: refused.map((r) => ({
      file: baseName(r.file_name),
      ruleId: reasons.get(r.id)?.rule_id ?? '',
      reason: reasons.get(r.id)?.text ?? 'no reason was recorded',
    })),
  };
}

/**
 * Refused files whose kind, year or period could not be read, imported between `from` and `to`
 * (inclusive): they may have been meant for this period.
 */
export async function unplacedRefusals(store: Store, from: string, to: string): Promise<RefusedFile[]> {
  const rows = await store.db
    .selectFrom('returns')
    .select(['id', 'file_name'])
    .where('status', '=', 'refused')
    .where('imported_at', '>=', from)
    .where('imported_at', '<=', to)
    .where((eb) =>
      eb.or([
        eb('kind', 'not in', ['predictions', 'attendance']),
        eb('academic_year', 'is', null),
        eb('period', 'is', null),
        eb.and([eb('kind', '=', 'predictions'), eb('key_stage', 'is', null)]),
      ]),
    )
    .orderBy('id')
    .execute();
  const reasons = await firstErrors(
    store,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    file: baseName(r.file_name),
    ruleId: reasons.get(r.id)?.rule_id ?? '',
    reason: reasons.get(r.id)?.text ?? 'no reason was recorded',
  }));
}
