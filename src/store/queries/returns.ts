import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { StoreReader } from '../open-store.js';

/** The returns already stored from a file with these bytes, newest first. */
export function returnsOfFile({ db }: StoreReader, sha256: string) {
  return db
    .selectFrom('returns')
    .select(['id', 'part', 'status', 'imported_at', 'superseded_by', 'urn', 'key_stage', 'academic_year', 'period'])
    .where('sha256', '=', sha256)
    .orderBy('id', 'desc')
    .execute();
}
