// The suppression engine of issue 10: primary suppression by the stated rules, secondary
// suppression by Gaussian elimination in order of priority (gauss/gauss-secondary.ts), so that
// no hidden cell is a linear combination of published ones, then an interval audit by linear
// programming (interval/interval-audit.ts) that hides more wherever bounds still narrow a
// hidden cell, until none does. The cells a report most wants shown (a city's totals, its
// all-pupils rows, the disadvantaged gap) carry the highest priority and are hidden last.
import { activeBoundForms } from './gauss/active-bounds.js';
import { cellForms } from './gauss/cell-forms.js';
import { gaussSecondary } from './gauss/gauss-secondary.js';
import { hiddenGroups, type HiddenGroup } from './interval/components.js';
import { auditGroup, type IntervalFinding } from './interval/interval-audit.js';
import { loadLinearProgramming, type LinearProgramming } from './interval/lp.js';
import type { SuppressionEngine } from './engine.js';
import { publishOrder } from './publish-order.js';
import { isPrimary } from './suppress.js';
import { cellsOf, indexTable, type TableIndex } from './table-index.js';
import type { Inequality, SuppressionInput, SuppressionReason, SuppressionResult } from './types.js';

export async function loadGaussEngine(): Promise<SuppressionEngine> {
  return gaussEngine(await loadLinearProgramming());
}

export function gaussEngine(lp: LinearProgramming): SuppressionEngine {
  return {
    name: 'small counts, then secondary suppression by Gaussian elimination, audited by linear programming',
    suppress: (input) => gaussSuppress(input, lp),
  };
}

function gaussSuppress(input: SuppressionInput, lp: LinearProgramming): SuppressionResult {
  const { cells, constraints, threshold } = input;
  const inequalities = input.inequalities ?? [];
  if (!Number.isSafeInteger(threshold) || threshold < 0)
    throw new Error(`suppression: threshold ${threshold}; expected a whole number ≥ 0`);
  const index = indexTable(cells, constraints);
  for (const q of inequalities)
    for (const id of [q.whole, ...q.parts])
      if (!index.cells.has(id)) throw new Error(`suppression: an inequality names unknown cell "${id}"`);
  const reasons = new Map<string, SuppressionReason>();
  const primary = cells.filter((c) => isPrimary(c, threshold)).map((c) => c.id);
  for (const id of primary) reasons.set(id, 'primary');
  const rank = publishOrder(cells);
  const forms = cellForms(
    cells.map((c) => c.id),
    constraints,
  );
  const { secondary, givenAway } = gaussSecondary({
    forms,
    primary,
    candidates: [...rank.keys()].filter((id) => !reasons.has(id)),
    known: activeBoundForms(cells, constraints, inequalities, forms, new Set(primary)),
  });
  for (const id of secondary) reasons.set(id, 'secondary');
  const unresolved = closeIntervals(index, inequalities, reasons, threshold, lp, rank);
  const still = new Set([...givenAway, ...unresolved.map((f) => f.id)]);
  return {
    suppressed: new Set(reasons.keys()),
    reasons,
    stillRecoverable: cells.map((c) => c.id).filter((id) => still.has(id)),
  };
}

/** Audits every hidden group, hides one more cell beside each failure and audits again; returns what still fails. */
function closeIntervals(
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
  for (;;) {
    const hidden = new Set(reasons.keys());
    const groups = hiddenGroups(index, inequalities, hidden).filter(
      (g) => dirty === undefined || g.hidden.some((id) => dirty!.has(id)),
    );
    const findings = groups.flatMap((g) => auditGroup(index, inequalities, hidden, g, threshold, lp));
    if (findings.length === 0) return [];
    const added = new Set<string>();
    // One failure a group a round: what is hidden for it may mend the others of its group too.
    const mended = new Set<HiddenGroup>();
    for (const finding of findings) {
      const group = groups.find((g) => g.hidden.includes(finding.id))!;
      if (mended.has(group)) continue;
      mended.add(group);
      // The shown cells beside the failing cell, or beside a hidden cell beside it: those bound it.
      const beside = neighbours(finding.id);
      const near = [...beside, ...beside.filter((id) => reasons.has(id)).flatMap(neighbours)];
      const pick =
        chooseToHide(near, reasons, rank, index, threshold) ??
        chooseToHide(group.hidden.flatMap(neighbours), reasons, rank, index, threshold);
      if (pick !== undefined) {
        added.add(pick);
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
