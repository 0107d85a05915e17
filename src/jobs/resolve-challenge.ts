// An adviser's answer to a query: accept the figure as returned, or amend it. An amendment is
// stored beside the return with who, when, the old and new value and why; the return and its
// values are never changed, so the original is always there (domain.md, Challenge).
import { catalogue } from '../domain/catalogue.js';
import { cycleText } from '../messages/cycle-text.js';
import type { Store } from '../store/open-store.js';
import { currentQueries, currentValue, groupOfReturn, recordResolution } from '../store/queries/challenges.js';

export interface Resolution {
  messageId: number;
  outcome: { kind: 'accept' } | { kind: 'amend'; value: number; pupilGroup?: string; measure?: string };
  reason: string;
  by: string;
  at: Date;
}

export type ResolveResult = { ok: true; text: string } | { ok: false; problem: string };

export async function resolveChallenge(store: Store, r: Resolution): Promise<ResolveResult> {
  const query = (await currentQueries(store)).find((q) => q.id === r.messageId);
  if (!query) return { ok: false, problem: cycleText['query.not-found'](r.messageId) };
  if (query.outcome)
    return {
      ok: false,
      problem: cycleText['query.already-resolved'](r.messageId, query.outcome, query.resolved_by!, query.resolved_at!),
    };
  const at = r.at.toISOString();
  const answer = { messageId: r.messageId, reason: r.reason, by: r.by, at };
  if (r.outcome.kind === 'accept') {
    await recordResolution(store, { ...answer, outcome: 'accepted' });
    return { ok: true, text: cycleText['query.accepted'](r.messageId) };
  }
  const pupilGroup = r.outcome.pupilGroup ?? query.pupil_group;
  const measure = r.outcome.measure ?? query.measure;
  if (!pupilGroup || !measure) return { ok: false, problem: cycleText['query.no-figure'](r.messageId) };
  const group = await groupOfReturn(store, query.return_id, pupilGroup);
  // Only a measure of the return's own key stage and year can be amended onto it.
  const known =
    query.key_stage && query.academic_year
      ? catalogue()
          .measuresFor(query.key_stage, query.academic_year)
          .find((m) => m.code === measure)
      : undefined;
  if (!group || !known) return { ok: false, problem: cycleText['query.unknown-figure'](pupilGroup, measure) };
  const value = r.outcome.value;
  if (known.kind === 'threshold' && (!Number.isInteger(value) || value < 0 || value > (group.cohort ?? 0))) {
    return { ok: false, problem: cycleText['query.amend-not-a-count'](value, group.cohort ?? 0) };
  }
  const oldValue = await currentValue(store, query.return_id, pupilGroup, measure);
  await recordResolution(
    store,
    { ...answer, outcome: 'amended' },
    { returnId: query.return_id, pupilGroup, measure, oldValue, newValue: value },
  );
  return { ok: true, text: cycleText['query.amended'](r.messageId, oldValue, value) };
}
