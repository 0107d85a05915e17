// The suppression engine of issue 10: primary suppression by the stated rules, secondary
// suppression by Gaussian elimination in order of priority (gauss/gauss-secondary.ts), so that
// no hidden cell is a linear combination of published ones, then an interval audit by linear
// programming (interval/interval-audit.ts) that hides more wherever bounds still narrow a
// hidden cell, until none does. The cells a report most wants shown (a city's totals, its
// all-pupils rows, the disadvantaged gap) carry the highest priority and are hidden last.
import { activeBoundForms } from './gauss/active-bounds.js';
import { cellForms } from './gauss/cell-forms.js';
import { gaussSecondary } from './gauss/gauss-secondary.js';
import { closeIntervals } from './interval/close-intervals.js';
import { loadLinearProgramming, type LinearProgramming } from './interval/lp.js';
import type { SuppressionEngine } from './engine.js';
import { publishOrder } from './publish-order.js';
import { isPrimary } from './suppress.js';
import { indexTable } from './table-index.js';
import type { SuppressionInput, SuppressionReason, SuppressionResult } from './types.js';

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
