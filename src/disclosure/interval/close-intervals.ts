// The repair loop of the interval audit (issue 10): audit every group of hidden cells by linear
// programming, hide one more cell beside each failure, and audit again the groups it touched,
// until none fails or nothing beside a failure is left to hide.
import { hiddenGroups, type HiddenGroup } from './components.js';
import { auditGroup, type IntervalFinding, type KnownTables } from './interval-audit.js';
import type { LinearProgramming } from './lp.js';
import { cellsOf, type TableIndex } from '../table-index.js';
import type { Inequality, SuppressionReason } from '../types.js';

/** Audits every hidden group, hides one more cell beside each failure and audits again; returns what still fails. */
export function closeIntervals(
  index: TableIndex,
  inequalities: readonly Inequality[],
  reasons: Map<string, SuppressionReason>,
  threshold: number,
  lp: LinearProgramming,
  rank: ReadonlyMap<string, number>,
): IntervalFinding[] {
  const inequalitiesOf = new Map<string, number[]>();
  inequalities.forEach((q, i) => {
    for (const id of [q.whole, ...q.parts]) (inequalitiesOf.get(id) ?? inequalitiesOf.set(id, []).get(id)!).push(i);
  });
  const neighbours = (id: string): string[] => {
    const cell = index.cells.get(id)!;
    return [
      ...(index.constraintsOf.get(id) ?? []).flatMap((i) => cellsOf(index.constraints[i]!)),
      ...(inequalitiesOf.get(id) ?? []).flatMap((i) => [inequalities[i]!.whole, ...inequalities[i]!.parts]),
      ...(cell.atMost !== undefined ? [cell.atMost] : []),
      ...(index.bounds.get(id) ?? []),
    ];
  };
  let dirty: Set<string> | undefined; // undefined: every group
  const known: KnownTables = { met: new Set(), free: new Set() };
  for (;;) {
    const hidden = new Set(reasons.keys());
    const groups = hiddenGroups(index, inequalities, hidden).filter(
      (g) => dirty === undefined || g.hidden.some((id) => dirty!.has(id)),
    );
    const findings = groups.flatMap((g) => auditGroup(index, inequalities, hidden, g, threshold, lp, known));
    if (findings.length === 0) return [];
    const added = new Set<string>();
    // Within a group, a failure near one mended this round waits: what was hidden for that one may
    // mend it too. Failures far apart are mended in the same round (the demo's KS2 2014/15 group:
    // 6 cells hidden in its first round for 245 failures, where one a group hid 1).
    const mended = new Set<HiddenGroup>();
    const touched = new Set<string>();
    for (const finding of findings) {
      const group = groups.find((g) => g.hidden.includes(finding.id))!;
      // The shown cells beside the failing cell, or beside a hidden cell beside it: those bound it.
      const beside = neighbours(finding.id);
      const near = [...beside, ...beside.filter((id) => reasons.has(id)).flatMap(neighbours)];
      if (touched.has(finding.id) || near.some((id) => touched.has(id))) continue;
      const pick =
        chooseToHide(near, reasons, rank, index, threshold) ??
        (mended.has(group)
          ? undefined
          : chooseToHide(group.hidden.flatMap(neighbours), reasons, rank, index, threshold));
      mended.add(group);
      for (const id of [finding.id, ...near]) touched.add(id);
      if (pick !== undefined) {
        added.add(pick);
        touched.add(pick);
        reasons.set(pick, 'secondary');
      }
    }
    if (added.size === 0) return findings;
    dirty = new Set([...added, ...findings.map((f) => f.id)]);
  }
}

/**
 * Of the shown cells given, the one to hide: the least wanted; then one of more than `threshold`
 * (it widens a small neighbour's range past the small counts at once), the smallest such; then id.
 */
function chooseToHide(
  ids: readonly string[],
  reasons: ReadonlyMap<string, SuppressionReason>,
  rank: ReadonlyMap<string, number>,
  index: TableIndex,
  threshold: number,
): string | undefined {
  const shown = [...new Set(ids)].filter((id) => !reasons.has(id));
  const big = (id: string) => index.cells.get(id)!.value > threshold;
  return shown.sort(
    (a, b) =>
      rank.get(b)! - rank.get(a)! ||
      Number(big(b)) - Number(big(a)) ||
      (big(a)
        ? index.cells.get(a)!.value - index.cells.get(b)!.value
        : index.cells.get(b)!.value - index.cells.get(a)!.value) ||
      (a < b ? -1 : 1),
  )[0];
}
