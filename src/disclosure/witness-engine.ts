// The engine every published output is decided by, predictions and attendance (jobs/publication-engine.ts;
// issue 10, item 2): primary suppression by the stated rules, secondary by Gaussian elimination in order of
// priority knowing the bounds (gauss-bounds-engine.ts), so no hidden cell is a linear combination of
// shown ones; then each hidden cell protected by a table a reader cannot rule out
// (interval/protect-hidden-cells.ts), hiding more where bounds alone would narrow a small count into
// 1..threshold or pin a cell. Measured on the demo (README, Publishing): the attacker finds nothing in
// its publication, and it withholds no more of the city and group rows than the elimination alone.
import type { SuppressionEngine } from './engine.js';
import { gaussBoundsSuppression } from './gauss-bounds-engine.js';
import { protectHiddenCells } from './interval/protect-hidden-cells.js';
import { loadLinearProgramming, type LinearProgramming } from './interval/lp.js';
import { indexTable } from './table-index.js';
import type { SuppressionReason } from './types.js';

export async function loadWitnessEngine(): Promise<SuppressionEngine> {
  return witnessEngine(await loadLinearProgramming());
}

export function witnessEngine(lp: LinearProgramming): SuppressionEngine {
  return {
    name: `${gaussBoundsSuppression.name}, each hidden cell protected by linear programming`,
    suppress(input) {
      const first = gaussBoundsSuppression.suppress(input);
      const reasons = new Map<string, SuppressionReason>(first.reasons);
      const index = indexTable(input.cells, input.constraints);
      const { unmet, protecting } = protectHiddenCells(index, input.inequalities ?? [], reasons, input.threshold, lp);
      const still = new Set([...first.stillRecoverable, ...unmet.map((r) => r.id)]);
      return {
        suppressed: new Set(reasons.keys()),
        reasons,
        stillRecoverable: input.cells.map((c) => c.id).filter((id) => still.has(id)),
        protecting: new Map([...(first.protecting ?? []), ...protecting]),
      };
    },
  };
}
