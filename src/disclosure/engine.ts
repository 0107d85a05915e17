// The suppression engine behind one interface, so a faster or stronger one (an integer
// programme, a cell-perturbation method) can replace today's without touching a report's adapter.
import { suppressCells } from './suppress.js';
import type { SuppressionInput, SuppressionResult } from './types.js';

export interface SuppressionEngine {
  /** What it does, for the note beside a published table. */
  name: string;
  /** The cells to show as `c`; deterministic for the same table. */
  suppress(table: SuppressionInput): SuppressionResult;
}

/** Primary suppression, then secondary until neither subtraction nor bounds pin a hidden cell. */
export const auditedSuppression: SuppressionEngine = {
  name: 'small counts, then secondary suppression audited by linear algebra and bounds',
  suppress: suppressCells,
};
