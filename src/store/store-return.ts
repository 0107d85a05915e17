// The store stage: a validated return written in one transaction. A refused return leaves its
// refusal record (the return row and its messages) and nothing else; an accepted one supersedes
// the earlier accepted return for the same school, key stage, year and period, which is kept.
// A part of a file is accepted once (issue 11): a second import of the same file, even one that
// checked the file before the first stored it, is told the part is stored, and stores nothing.
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { Store } from './open-store.js';
import { acceptedReturnOfPart } from './queries/returns.js';
import { inWriteTransaction } from './write-transaction.js';
import type { Message, Place } from '../messages/message.js';
import type { SourceFile } from '../ingest/read/source-file.js';
import type { AcceptedReturn, ValidatedReturn } from '../ingest/validate/validated-return.js';

export interface StoredReturn {
  returnId: number;
  /** The earlier return this one superseded. */
  superseded?: number;
  /** Queries answered (accepted or amended) on the superseded return, which do not carry over. */
  answersLeftBehind?: number;
}

/** The return's part of its file had been accepted already, by this import's forerunner or a rival. */
export interface AlreadyStored {
  alreadyStored: { returnId: number; importedAt: string };
}

const count = (messages: readonly Message[], severity: Message['severity']) =>
  messages.filter((m) => m.severity === severity).length;
const placeText = (p: Place) => (p.sheet ? `${p.sheet}!${p.cell ?? ''}` : p.line !== undefined ? `line ${p.line}` : '');
// Rows a statement: at most 10 bound values each, so far below SQLite's limit of 32,766 (pitfalls.md)
// however many parts a CSV holds or values and messages a return has.
const ROWS_PER_INSERT = 1_000;
const chunks = <T>(rows: readonly T[]) =>
  Array.from({ length: Math.ceil(rows.length / ROWS_PER_INSERT) }, (_, i) =>
    rows.slice(i * ROWS_PER_INSERT, (i + 1) * ROWS_PER_INSERT),
  );

async function keepSourceFile(db: Kysely<Database>, source: SourceFile): Promise<void> {
  // The same bytes under another name are already kept: one statement either way.
  await db
    .insertInto('source_files')
    .values({ sha256: source.sha256, file_name: source.name, size: source.bytes.byteLength, bytes: source.bytes })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

/**
 * Which returns (parts) a file holds. A file is imported once each of its parts has an accepted
 * return, so an import killed part-way is resumed with exactly the rest (issue 11). Returns stored
 * before parts were recorded (by a store of before issue 11) are taken as their parts' returns.
 */
async function recordParts(db: Kysely<Database>, source: SourceFile, parts: readonly string[]): Promise<void> {
  const rows = [...new Set(parts)].map((part, position) => ({ sha256: source.sha256, part, position }));
  for (const chunk of chunks(rows)) {
    await db
      .insertInto('file_parts')
      .values(chunk)
      .onConflict((oc) => oc.columns(['sha256', 'part']).doNothing())
      .execute();
  }
  await db
    .updateTable('file_parts')
    .set((eb) => ({
      return_id: eb
        .selectFrom('returns as r')
        .select((r) => r.fn.min('r.id').as('id'))
        .whereRef('r.sha256', '=', 'file_parts.sha256')
        .whereRef('r.part', '=', 'file_parts.part')
        .where('r.status', '=', 'accepted'),
    }))
    .where('sha256', '=', source.sha256)
    .where('return_id', 'is', null)
    .execute();
}

/** Records the parts of a file none of whose returns is to be stored now (each was accepted before). */
export async function recordFileParts(store: Store, source: SourceFile, parts: readonly string[]): Promise<void> {
  await inWriteTransaction(store, async ({ db }) => {
    await keepSourceFile(db, source);
    await recordParts(db, source, parts);
  });
}

/**
 * Stores one return of a file. `fileParts`, every part of the file, is given with the first return
 * of it stored: recorded in the same transaction, so a crash before its commit has stored nothing of
 * the file, and after it the record is whole (one commit a file, not two).
 */
export async function storeReturn(
  store: Store,
  source: SourceFile,
  ret: ValidatedReturn,
  importedAt: Date,
  fileParts?: readonly string[],
): Promise<StoredReturn | AlreadyStored> {
  return inWriteTransaction(store, async ({ db }) => {
    await keepSourceFile(db, source);
    if (fileParts) await recordParts(db, source, fileParts);
    // Under the write lock, so of two imports of one file the second to get here sees the first's return.
    const part = ret.identity.part ?? '';
    const earlier = await acceptedReturnOfPart({ db }, source.sha256, part);
    if (earlier) return { alreadyStored: { returnId: earlier.id, importedAt: earlier.imported_at } };
    if (ret.status === 'refused') return { returnId: await insertReturn(db, source, ret, importedAt) };

    const replaced = await db
      .selectFrom('returns')
      .select('id')
      .where('kind', '=', ret.identity.kind)
      .where('urn', '=', ret.key.urn)
      .where('academic_year', '=', ret.key.academicYear)
      .where('period', '=', ret.key.period)
      .where((eb) =>
        ret.key.keyStage === undefined ? eb('key_stage', 'is', null) : eb('key_stage', '=', ret.key.keyStage),
      )
      .where('status', '=', 'accepted')
      .where('superseded_by', 'is', null)
      .execute();
    const replacedIds = replaced.map((r) => r.id);
    // The unique index of one current return (issue 11) is checked at each statement, and this
    // return's id is not known until it is inserted: the one it replaces leaves the index first,
    // superseded by itself for the one statement between.
    if (replacedIds.length > 0)
      await db
        .updateTable('returns')
        .set((eb) => ({ superseded_by: eb.ref('id') }))
        .where('id', 'in', replacedIds)
        .execute();
    const returnId = await insertReturn(db, source, ret, importedAt);
    if (replacedIds.length > 0)
      await db.updateTable('returns').set({ superseded_by: returnId }).where('id', 'in', replacedIds).execute();
    await insertFigures(db, returnId, ret);
    // The part's accepted return, never overwritten once set; a part not recorded (a caller that
    // did not record the file's parts) is left unrecorded, so its file is never taken as complete.
    await db
      .updateTable('file_parts')
      .set({ return_id: returnId })
      .where('sha256', '=', source.sha256)
      .where('part', '=', part)
      .where('return_id', 'is', null)
      .execute();
    if (replacedIds.length === 0) return { returnId };
    // Answers given on the return replaced stay with it (the audit shows them); the import says so.
    const answered = await db
      .selectFrom('resolutions as x')
      .innerJoin('messages as m', 'm.id', 'x.message_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('m.return_id', 'in', replacedIds)
      .executeTakeFirstOrThrow();
    return { returnId, superseded: replacedIds[0]!, answersLeftBehind: Number(answered.n) };
  });
}

/**
 * Stores refused returns of one file together, in one transaction (issue 17: one commit each made
 * a file of 50,000 refused returns take minutes). Each refusal is whole or absent, as one alone is:
 * the transaction commits all of them or none, and a re-run refuses again any it lost. A part that
 * was accepted meanwhile (by another import of the file) is told so and not refused.
 */
export async function storeRefusals(
  store: Store,
  source: SourceFile,
  refusals: readonly ValidatedReturn[],
  importedAt: Date,
  fileParts?: readonly string[],
): Promise<(StoredReturn | AlreadyStored)[]> {
  return inWriteTransaction(store, async ({ db }) => {
    await keepSourceFile(db, source);
    if (fileParts) await recordParts(db, source, fileParts);
    const accepted = new Map<string, AlreadyStored>();
    for (const chunk of chunks([...new Set(refusals.map((r) => r.identity.part ?? ''))])) {
      const rows = await db
        .selectFrom('returns')
        .select(['part', 'id', 'imported_at'])
        .where('sha256', '=', source.sha256)
        .where('part', 'in', chunk)
        .where('status', '=', 'accepted')
        .orderBy('id')
        .execute();
      for (const r of rows)
        if (!accepted.has(r.part))
          accepted.set(r.part, { alreadyStored: { returnId: r.id, importedAt: r.imported_at } });
    }
    const toStore = refusals.filter((r) => !accepted.has(r.identity.part ?? ''));
    const ids = await insertReturnRows(db, source, toStore, importedAt);
    const messages: ReturnType<typeof messageRows> = [];
    for (const [i, ret] of toStore.entries()) for (const row of messageRows(ids[i]!, ret)) messages.push(row);
    for (const chunk of chunks(messages)) await db.insertInto('messages').values(chunk).execute();
    let next = 0;
    return refusals.map((r) => accepted.get(r.identity.part ?? '') ?? { returnId: ids[next++]! });
  });
}

/** The return's row and its messages. */
async function insertReturn(
  db: Kysely<Database>,
  source: SourceFile,
  ret: ValidatedReturn,
  importedAt: Date,
): Promise<number> {
  const returnId = await insertReturnRow(db, source, ret, importedAt);
  for (const chunk of chunks(messageRows(returnId, ret))) await db.insertInto('messages').values(chunk).execute();
  return returnId;
}

async function insertReturnRow(
  db: Kysely<Database>,
  source: SourceFile,
  ret: ValidatedReturn,
  importedAt: Date,
): Promise<number> {
  const { id } = await db
    .insertInto('returns')
    .values(returnRow(source, ret, importedAt))
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * The rows of many returns of one file, a statement for each run of distinct parts: RETURNING gives
 * rows in no set order (SQLite's documentation), so each id is matched to its return by its part.
 */
async function insertReturnRows(
  db: Kysely<Database>,
  source: SourceFile,
  rets: readonly ValidatedReturn[],
  importedAt: Date,
): Promise<number[]> {
  const ids: number[] = [];
  let run: ValidatedReturn[] = [];
  const insertRun = async () => {
    if (run.length === 0) return;
    const rows = await db
      .insertInto('returns')
      .values(run.map((ret) => returnRow(source, ret, importedAt)))
      .returning(['id', 'part'])
      .execute();
    const idOfPart = new Map(rows.map((r) => [r.part, r.id]));
    for (const ret of run) ids.push(idOfPart.get(ret.identity.part ?? '')!);
    run = [];
  };
  const partsInRun = new Set<string>();
  for (const ret of rets) {
    const part = ret.identity.part ?? '';
    if (partsInRun.has(part) || run.length === ROWS_PER_INSERT) {
      await insertRun();
      partsInRun.clear();
    }
    partsInRun.add(part);
    run.push(ret);
  }
  await insertRun();
  return ids;
}

const returnRow = (source: SourceFile, ret: ValidatedReturn, importedAt: Date) => ({
  sha256: source.sha256,
  part: ret.identity.part ?? '',
  original_path: source.path,
  file_name: source.name,
  kind: ret.identity.kind,
  urn: ret.school?.urn ?? ret.identity.urn?.value ?? null,
  key_stage: ret.identity.keyStage ?? null,
  academic_year: ret.identity.academicYear ?? null,
  period: ret.identity.period ?? null,
  imported_at: importedAt.toISOString(),
  status: ret.status,
  superseded_by: null,
  errors: count(ret.messages, 'error'),
  queries: count(ret.messages, 'query'),
  warnings: count(ret.messages, 'warning'),
});

const messageRows = (returnId: number, ret: ValidatedReturn) =>
  ret.messages.map((m) => ({
    return_id: returnId,
    severity: m.severity,
    rule_id: m.ruleId,
    file: m.place.file,
    sheet: m.place.sheet ?? null,
    cell: m.place.cell ?? null,
    line: m.place.line ?? null,
    text: m.text,
    pupil_group: m.subject?.pupilGroup ?? null,
    measure: m.subject?.measure ?? null,
  }));

/** An accepted return's groups and values. */
async function insertFigures(db: Kysely<Database>, returnId: number, ret: AcceptedReturn): Promise<void> {
  const groups = ret.groups.map((g) => ({
    return_id: returnId,
    pupil_group: g.pupilGroup,
    cohort: g.cohort ?? null,
    cohort_place: g.cohortPlace ? placeText(g.cohortPlace) : null,
  }));
  for (const chunk of chunks(groups)) await db.insertInto('return_groups').values(chunk).execute();
  const values = ret.groups.flatMap((g) =>
    g.values.map((v) => ({
      return_id: returnId,
      pupil_group: g.pupilGroup,
      measure: v.measure,
      value: v.value,
      returned: v.returned,
      place: placeText(v.place),
    })),
  );
  for (const chunk of chunks(values)) await db.insertInto('return_values').values(chunk).execute();
}
