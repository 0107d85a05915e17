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

/**
 * The returns (parts) a file holds, in its order, each with its accepted return where it has one
 * (`id` null where not); none where the file's parts were never recorded (issue 11).
 */
export function partsOfFile({ db }: StoreReader, sha256: string) {
  return db
    .selectFrom('file_parts as p')
    .leftJoin('returns as r', 'r.id', 'p.return_id')
    .select(['p.part', 'r.id', 'r.imported_at', 'r.urn', 'r.key_stage', 'r.academic_year', 'r.period'])
    .where('p.sha256', '=', sha256)
    .orderBy('p.position')
    .execute();
}

/** The parts of a file accepted before, each with when (the first, if a store of before issue 11 has two). */
export function acceptedParts({ db }: StoreReader, sha256: string) {
  return db
    .selectFrom('returns')
    .select(['part', 'imported_at'])
    .where('sha256', '=', sha256)
    .where('status', '=', 'accepted')
    .orderBy('id', 'desc')
    .execute();
}

/** The accepted return of one part of a file, recorded or not, the first if a store of before issue 11 has two. */
export function acceptedReturnOfPart({ db }: StoreReader, sha256: string, part: string) {
  return db
    .selectFrom('returns')
    .select(['id', 'imported_at'])
    .where('sha256', '=', sha256)
    .where('part', '=', part)
    .where('status', '=', 'accepted')
    .orderBy('id')
    .executeTakeFirst();
}
