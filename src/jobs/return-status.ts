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
  const open = (await currentQueries(store)).filter((m) => !m.outcome);
  // Chased: the schools open in the year that are asked for the return (an all-through school for
  // KS2 and KS4 alike); listed too, any other school that sent one.
  const chased = new Set(
    (await schoolsOpenIn(store, q.academicYear))
      .filter((s) => !keyStage || asksKeyStage(s, keyStage))
      .map((s) => s.urn),
  );
  const schools = (await loadSchools(store)).filter((s) => chased.has(s.urn) || rows.some((r) => r.urn === s.urn));
  const firstErrors = await firstErrorOf(
    store,
    rows.map((r) => r.id),
  );
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
    const refused = rows.find((r) => r.urn === s.urn && r.status === 'refused');
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
