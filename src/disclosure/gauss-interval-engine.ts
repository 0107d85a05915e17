// The bounds-knowing elimination (gauss-bounds-engine.ts), then the interval audit by linear
// programming (interval/close-intervals.ts): what the elimination cannot see, a small count
// narrowed into 1..threshold, or a cell pinned by bounds it took as independent, is found by
// ranging each hidden cell over every table a reader cannot rule out, and mended by hiding more.
import type { SuppressionEngine } from './engine.js';
import { gaussBoundsSuppression } from './gauss-bounds-engine.js';
import { closeIntervals } from './interval/close-intervals.js';
import { loadLinearProgramming, type LinearProgramming } from './interval/lp.js';
import { publishOrder } from './publish-order.js';
import { indexTable } from './table-index.js';
import type { SuppressionReason } from './types.js';

export async function loadIntervalAuditedEngine(): Promise<SuppressionEngine> {
  return intervalAuditedEngine(await loadLinearProgramming());
}

export function intervalAuditedEngine(lp: LinearProgramming): SuppressionEngine {
  return {
    name: `${gaussBoundsSuppression.name}, audited by linear programming`,
    suppress(input) {
      const first = gaussBoundsSuppression.suppress(input);
      const reasons = new Map<string, SuppressionReason>(first.reasons);
      const index = indexTable(input.cells, input.constraints);
      const unresolved = closeIntervals(
        index,
        input.inequalities ?? [],
        reasons,
        input.threshold,
        lp,
        publishOrder(input.cells),
      );
      const still = new Set([...first.stillRecoverable, ...unresolved.map((f) => f.id)]);
      return {
        ...first,
        suppressed: new Set(reasons.keys()),
        reasons,
        stillRecoverable: input.cells.map((c) => c.id).filter((id) => still.has(id)),
      };
    },
  };
}
