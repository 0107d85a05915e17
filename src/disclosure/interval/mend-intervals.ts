// A repair of the interval audit that only hides more (issue 10). Hiding a cell only widens what a
// reader cannot rule out, so every proof of protection found stays good (KnownTables) and the
// repair, hiding one more cell of a finite table each step, ends. Each round audits the whole
// groups still holding a cell not proved protected, then, beside each failure, hides the least
// wanted shown cell (publish-order.ts) that its neighbourhood proves free once hidden: one a
// reader could still work out would itself need mending, and a repair of those runs away.
import { hiddenGroups } from './components.js';
import { auditGroup, settled, type IntervalFinding, type KnownTables } from './interval-audit.js';
import { certifyLocally, type LocalAuditOptions } from './local-certificates.js';
import type { LinearProgramming } from './lp.js';
import { Neighbourhoods } from './neighbourhoods.js';
import type { TableIndex } from '../table-index.js';
import type { Inequality, SuppressionReason } from '../types.js';

export interface MendOptions extends LocalAuditOptions {
  /** How many shown cells beside one failure are tried, least wanted first. */
  readonly trials: number;
  /** The whole rounds before what still fails is reported. */
  readonly rounds: number;
}

export const MEND: MendOptions = { radii: [1, 2, 3], maxCells: 400, trials: 30, rounds: 6 };

/** Audits and mends `reasons` in place (cells added as secondary); returns what still fails. */
export function mendIntervals(
  index: TableIndex,
  inequalities: readonly Inequality[],
  reasons: Map<string, SuppressionReason>,
  threshold: number,
  lp: LinearProgramming,
  rank: ReadonlyMap<string, number>,
  options: MendOptions = MEND,
): IntervalFinding[] {
  const near = new Neighbourhoods(index, inequalities);
  const known: KnownTables = { met: new Set(), free: new Set() };
  const auditWhole = (): IntervalFinding[] => {
    const hidden = new Set(reasons.keys());
    return hiddenGroups(index, inequalities, hidden)
      .filter((g) => g.hidden.some((id) => !settled(index.cells.get(id)!, threshold, known)))
      .flatMap((g) => auditGroup(index, inequalities, hidden, g, threshold, lp, known));
  };
  for (let round = 0; round < options.rounds; round++) {
    const failures = auditWhole();
    if (failures.length === 0) return [];
    let hid = 0;
    for (const failure of failures) {
      const beside = near
        .ball(failure.id, 1, (id) => reasons.has(id), options.maxCells)
        .flatMap((id) => near.beside(id));
      const shown = [...new Set(beside)].filter((id) => !reasons.has(id));
      shown.sort((a, b) => rank.get(b)! - rank.get(a)! || (a < b ? -1 : 1));
      for (const id of shown.slice(0, options.trials)) {
        reasons.set(id, 'secondary');
        const table = { index, inequalities, near, hidden: new Set(reasons.keys()), threshold };
        // Proofs found on trial hold only while the cell tried is hidden: kept only if it stays so.
        const trial = { met: new ReadThrough(known.met), free: new ReadThrough(known.free) };
        if (certifyLocally(table, id, lp, trial, options) === undefined) {
          for (const key of trial.met) known.met.add(key);
          for (const key of trial.free) known.free.add(key);
          hid++;
          break;
        }
        reasons.delete(id);
      }
    }
    if (hid === 0) return failures;
  }
  return auditWhole();
}

/** A set that reads through to another beneath it; what is added stays in the new one. */
class ReadThrough extends Set<string> {
  constructor(private readonly under: ReadonlySet<string>) {
    super();
  }
  override has(key: string): boolean {
    return super.has(key) || this.under.has(key);
  }
}
