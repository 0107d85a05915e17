// Who the report's predictions are about, from the store: (1) every school asked for the return
// and its state, as the chase list has it (return-status.ts), (2) the figures of the counted
// returns amended after challenge, and how their queries were settled, (3) each collaborative
// group's schools in the year. Words are the catalogue's labels, never codes.
import type { Catalogue } from '../domain/catalogue.js';
import { stateInWords } from '../messages/cycle-text.js';
import type { Coverage, GroupMembers } from '../publish/html/coverage-section.js';
import type { Store } from '../store/open-store.js';
import { currentQueries } from '../store/queries/challenges.js';
import { collaborativeGroupsIn } from '../store/queries/register.js';
import { returnsForPeriod } from '../store/queries/returns-for-period.js';
import { schoolHistory } from '../store/queries/school-history.js';
import { returnStatus } from './return-status.js';

export interface CoverageScope {
  academicYear: string;
  keyStage: string;
  round: string;
}

export async function loadCoverage(store: Store, scope: CoverageScope, catalogue: Catalogue): Promise<Coverage> {
  const q = { kind: 'predictions' as const, academicYear: scope.academicYear, keyStage: scope.keyStage };
  const statuses = await returnStatus(store, { ...q, period: scope.round });
  const counted = statuses.filter((s) => s.state === 'accepted' || s.state === 'accepted-with-queries');
  const current = (await returnsForPeriod(store, { ...q, period: scope.round })).filter(
    (r) => r.status === 'accepted' && r.superseded_by === null,
  );
  const currentIds = new Set(current.map((r) => r.id));
  const queries = (await currentQueries(store)).filter((m) => currentIds.has(m.return_id));
  const amendments: Coverage['amendments'] = [];
  for (const urn of [...new Set(current.map((r) => r.urn!))].sort()) {
    const school = counted.find((s) => s.urn === urn);
    const history = await schoolHistory(store, urn);
    for (const a of history.amendments.filter((x) => currentIds.has(x.return_id))) {
      amendments.push({
        school: school?.name ?? urn,
        urn,
        measure: catalogue.measure(a.measure).label,
        pupilGroup: catalogue.pupilGroup(a.pupil_group).label,
        oldValue: a.old_value,
        newValue: a.new_value,
        reason: a.reason,
        by: a.amended_by,
        on: a.amended_at.slice(0, 10),
      });
    }
  }
  const groupOf = await collaborativeGroupsIn(store, scope.academicYear);
  const groups = new Map<string, GroupMembers>();
  for (const s of statuses) {
    const code = groupOf.get(s.urn);
    if (code === undefined) continue;
    const members = groups.get(code) ?? { code, schools: [] };
    members.schools.push({ urn: s.urn, name: s.name, counted: counted.includes(s) });
    groups.set(code, members);
  }
  return {
    asked: statuses.length,
    counted: counted.length,
    leftOut: statuses
      .filter((s) => !counted.includes(s))
      .map((s) => ({
        urn: s.urn,
        name: s.name,
        state: stateInWords(s.state),
        ...(s.reason ? { reason: s.reason } : {}),
      })),
    amendments,
    queries: {
      open: queries.filter((m) => !m.outcome).length,
      accepted: queries.filter((m) => m.outcome === 'accepted').length,
      amended: queries.filter((m) => m.outcome === 'amended').length,
    },
    groups: [...groups.values()].sort((a, b) => a.code.localeCompare(b.code)),
  };
}
