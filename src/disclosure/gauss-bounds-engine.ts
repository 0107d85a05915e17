// A suppression engine of issue 10 for a whole publication: primary suppression by the stated
// rules; secondary suppression by Gaussian elimination in order of priority (gauss/gauss-secondary.ts),
// so no hidden cell is a linear combination of published ones and the most wanted cells (a city's
// totals, all pupils, the disadvantaged) are hidden last; then the bounds step (suppress.ts, step 4):
// 0 ≤ cell ≤ its cohort through the sums, hiding more wherever a small count's range is one value.
import { activeBoundForms } from './gauss/active-bounds.js';
import { cellForms } from './gauss/cell-forms.js';
import { gaussSecondary } from './gauss/gauss-secondary.js';
import type { SuppressionEngine } from './engine.js';
import { publishOrder } from './publish-order.js';
import { closeBounds, isPrimary } from './suppress.js';
import { indexTable } from './table-index.js';
import type { SuppressionInput, SuppressionReason, SuppressionResult } from './types.js';

export const gaussBoundsSuppression: SuppressionEngine = {
  name: 'small counts, then secondary suppression by Gaussian elimination in order of priority, audited by bounds',
  suppress: gaussBoundsSuppress,
};

function gaussBoundsSuppress(input: SuppressionInput): SuppressionResult {
  const { cells, constraints, threshold } = input;
  if (!Number.isSafeInteger(threshold) || threshold < 0)
    throw new Error(`suppression: threshold ${threshold}; expected a whole number ≥ 0`);
  const index = indexTable(cells, constraints);
  const hidden = new Map<string, SuppressionReason>();
  const primary = cells.filter((c) => isPrimary(c, threshold)).map((c) => c.id);
  for (const id of primary) hidden.set(id, 'primary');
  const forms = cellForms(
    cells.map((c) => c.id),
    constraints,
  );
  const { secondary, givenAway } = gaussSecondary({
    forms,
    primary,
    candidates: [...publishOrder(cells).keys()].filter((id) => !hidden.has(id)),
    known: activeBoundForms(cells, constraints, input.inequalities ?? [], forms, new Set(primary)),
  });
  for (const id of secondary) hidden.set(id, 'secondary');
  const still = new Set([...givenAway, ...closeBounds(index, hidden)]);
  return {
    suppressed: new Set(hidden.keys()),
    reasons: hidden,
    stillRecoverable: cells.map((c) => c.id).filter((id) => still.has(id)),
  };
}
