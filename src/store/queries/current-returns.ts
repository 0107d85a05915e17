// The one definition of "the current accepted return": accepted, and not superseded by a later
// return for the same school, kind, year and period. Every read of figures starts here.
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

export type StoredKind = 'predictions' | 'attendance';

/** The current accepted returns (of one kind, or of every kind), as `r`, ready for joins and filters. */
export function currentReturns(db: Kysely<Database>, kind?: StoredKind) {
  const current = db.selectFrom('returns as r').where('r.status', '=', 'accepted').where('r.superseded_by', 'is', null);
  return kind === undefined ? current : current.where('r.kind', '=', kind);
}
