// Who has returned what: every school in the register that should send this return, with its
// state (accepted, accepted with open queries, refused and why, not returned: codes, whose words
// are messages/cycle-text.ts's) and when. Its csv is publish/status/return-status-table.ts.
import { shippedContext, type Context } from '../domain/context.js';
import type { SchoolStatus } from '../publish/status/return-status-table.js';
import type { Store } from '../store/open-store.js';
import { currentQueries } from '../store/queries/challenges.js';
import { loadSchools, schoolsOpenIn } from '../store/queries/register.js';
import { asksKeyStage } from '../domain/school-phase.js';
import { firstErrorOf, returnsForPeriod } from '../store/queries/returns-for-period.js';
import { halvesOf } from '../aggregate/attendance/half-terms.js';
import { TERMS, type Term } from '../aggregate/attendance/index.js';

export type { ReturnState, SchoolStatus } from '../publish/status/return-status-table.js';

export interface StatusQuery {
  kind: 'predictions' | 'attendance';
  academicYear: string;
  keyStage?: string;
  period: string;
}

export async function returnStatus(
  store: Store,
  q: StatusQuery,
  context: Context = shippedContext(),
): Promise<SchoolStatus[]> {
  const keyStage = q.keyStage ? context.catalogue.keyStages.find((k) => k.code === q.keyStage) : undefined;
  const rows = await returnsForPeriod(store, q);
  // A school may send a term as its two half terms (half-terms.ts): both accepted, the term is returned.
  const halves =
    q.kind === 'attendance' && (TERMS as readonly string[]).includes(q.period)
      ? halvesOf(q.period as Term, context.catalogue.halfTerms).map((h) => h.code)
      : [];
  const halfRows = (await Promise.all(halves.map((period) => returnsForPeriod(store, { ...q, period })))).flat();
  const open = (await currentQueries(store)).filter((m) => !m.outcome);
  // Chased: the schools open in the year that are asked for the return (an all-through school for
  // KS2 and KS4 alike); listed too, any other school that sent one.
  const chased = new Set(
    (await schoolsOpenIn(store, q.academicYear))
      .filter((s) => !keyStage || asksKeyStage(s, keyStage))
      .map((s) => s.urn),
  );
  const sent = [...rows, ...halfRows];
  const schools = (await loadSchools(store)).filter((s) => chased.has(s.urn) || sent.some((r) => r.urn === s.urn));
  const firstErrors = await firstErrorOf(
    store,
    sent.map((r) => r.id),
  );
  const current = (r: (typeof sent)[number]) => r.status === 'accepted' && r.superseded_by === null;
  return schools.map((s): SchoolStatus => {
    const accepted = rows.find((r) => r.urn === s.urn && r.status === 'accepted' && r.superseded_by === null);
    if (accepted) {
      const openQueries = open.filter((m) => m.return_id === accepted.id).length;
      return {
        urn: s.urn,
        name: s.name,
        state: openQueries ? 'accepted-with-queries' : 'accepted',
        openQueries,
        importedAt: accepted.imported_at,
        file: accepted.file_name,
      };
    }
    const halvesSent = halves.map((h) => halfRows.find((r) => r.urn === s.urn && r.period === h && current(r)));
    if (halves.length > 0 && halvesSent.every((r) => r !== undefined)) {
      const openQueries = open.filter((m) => halvesSent.some((r) => r!.id === m.return_id)).length;
      return {
        urn: s.urn,
        name: s.name,
        state: openQueries ? 'accepted-with-queries' : 'accepted',
        openQueries,
        importedAt: halvesSent
          .map((r) => r!.imported_at)
          .sort()
          .at(-1)!,
        file: halvesSent.map((r) => r!.file_name).join(', '),
      };
    }
    const refused = sent.find((r) => r.urn === s.urn && r.status === 'refused');
    if (refused) {
      return {
        urn: s.urn,
        name: s.name,
        state: 'refused',
        openQueries: 0,
        importedAt: refused.imported_at,
        file: refused.file_name,
        reason: firstErrors.get(refused.id) ?? '',
      };
    }
    return { urn: s.urn, name: s.name, state: 'not-returned', openQueries: 0 };
  });
}
