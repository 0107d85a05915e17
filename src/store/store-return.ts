// The store stage: a validated return written in one transaction. A refused return leaves its
// refusal record (the return row and its messages) and nothing else; an accepted one supersedes
// the earlier accepted return for the same school, key stage, year and period, which is kept.
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { Store } from './open-store.js';
import { inWriteTransaction } from './write-transaction.js';
import type { Message, Place } from '../messages/message.js';
import type { SourceFile } from '../ingest/read/source-file.js';
import type { ValidatedReturn } from '../ingest/validate/validated-return.js';

export interface StoredReturn {
  returnId: number;
  /** The earlier return this one superseded. */
  superseded?: number;
  /** Queries answered (accepted or amended) on the superseded return, which do not carry over. */
  answersLeftBehind?: number;
}

const count = (messages: readonly Message[], severity: Message['severity']) =>
  messages.filter((m) => m.severity === severity).length;
const placeText = (p: Place) => (p.sheet ? `${p.sheet}!${p.cell ?? ''}` : p.line !== undefined ? `line ${p.line}` : '');

async function keepSourceFile(db: Kysely<Database>, source: SourceFile): Promise<void> {
  // The same bytes under another name are already kept: one statement either way.
  await db
    .insertInto('source_files')
    .values({ sha256: source.sha256, file_name: source.name, size: source.bytes.byteLength, bytes: source.bytes })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

export async function storeReturn(
  store: Store,
  source: SourceFile,
  ret: ValidatedReturn,
  importedAt: Date,
): Promise<StoredReturn> {
  return inWriteTransaction(store, async ({ db }) => {
    await keepSourceFile(db, source);
    const identity = ret.identity;
    const inserted = await db
      .insertInto('returns')
      .values({
        sha256: source.sha256,
        part: identity.part ?? '',
        original_path: source.path,
        file_name: source.name,
        kind: identity.kind,
        urn: ret.school?.urn ?? identity.urn?.value ?? null,
        key_stage: identity.keyStage ?? null,
        academic_year: identity.academicYear ?? null,
        period: identity.period ?? null,
        imported_at: importedAt.toISOString(),
        status: ret.status,
        superseded_by: null,
        errors: count(ret.messages, 'error'),
        queries: count(ret.messages, 'query'),
        warnings: count(ret.messages, 'warning'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const returnId = inserted.id;

    if (ret.messages.length > 0) {
      await db
        .insertInto('messages')
        .values(
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
          })),
        )
        .execute();
    }
    if (ret.status === 'refused') return { returnId };

    const earlier = await db
      .updateTable('returns')
      .set({ superseded_by: returnId })
      .where('kind', '=', identity.kind)
      .where('urn', '=', ret.key.urn)
      .where('academic_year', '=', ret.key.academicYear)
      .where('period', '=', ret.key.period)
      .where((eb) =>
        ret.key.keyStage === undefined ? eb('key_stage', 'is', null) : eb('key_stage', '=', ret.key.keyStage),
      )
      .where('status', '=', 'accepted')
      .where('superseded_by', 'is', null)
      .where('id', '<>', returnId)
      .returning('id')
      .execute();
    await db
      .insertInto('return_groups')
      .values(ret.groups.map((g) => ({ return_id: returnId, pupil_group: g.pupilGroup, cohort: g.cohort ?? null })))
      .execute();
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
    if (values.length > 0) await db.insertInto('return_values').values(values).execute();
    if (!earlier[0]) return { returnId };
    // Answers given on the return replaced stay with it (the audit shows them); the import says so.
    const answered = await db
      .selectFrom('resolutions as x')
      .innerJoin('messages as m', 'm.id', 'x.message_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(
        'm.return_id',
        'in',
        earlier.map((e) => e.id),
      )
      .executeTakeFirstOrThrow();
    return { returnId, superseded: earlier[0].id, answersLeftBehind: Number(answered.n) };
  });
}
