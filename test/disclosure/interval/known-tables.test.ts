// What one audit proves is kept for the next (interval-audit.ts, KnownTables): hiding more only
// widens what a reader cannot rule out, so a later round solves again only what was still open.
// Worked by hand on the table of boys-two-table.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { hiddenGroups } from '../../../src/disclosure/interval/components.js';
import { auditGroup, type KnownTables } from '../../../src/disclosure/interval/interval-audit.js';
import { loadLinearProgramming, type LinearProgramming } from '../../../src/disclosure/interval/lp.js';
import { indexTable } from '../../../src/disclosure/table-index.js';
import { allOfBoysAndGirls, boysTwoCells, cohortOfBoysAndGirls, girlsL5WithinL4 } from './boys-two-table.js';

let lp: LinearProgramming;
let solves = 0;
beforeAll(async () => {
  const highs = await loadLinearProgramming();
  lp = {
    withSystem: (system, use) =>
      highs.withSystem(system, (open) =>
        use({
          optimum: (objective, sense) => (solves++, open.optimum(objective, sense)),
          range: (objective) => ((solves += 2), open.range(objective)),
        }),
      ),
  };
});

const index = indexTable(boysTwoCells, [allOfBoysAndGirls, cohortOfBoysAndGirls]);
const inequalities = [girlsL5WithinL4];
const audit = (hidden: Set<string>, known: KnownTables) => {
  const before = solves;
  const [group] = hiddenGroups(index, inequalities, hidden);
  const findings = auditGroup(index, inequalities, hidden, group!, 4, lp, known);
  return { findings, solves: solves - before };
};

describe('an audit that keeps what the last one proved', () => {
  it('finds what a fresh audit finds, and solves nothing it proved before', () => {
    const known: KnownTables = { met: new Set(), free: new Set() };
    // Boys and girls hidden: girls in 22..24 (its L5 to its cohort), so boys = 25 − girls in 1..3.
    const first = audit(new Set(['boys', 'girls']), known);
    expect(first.findings.map((f) => [f.id, f.failure, f.range])).toEqual([
      ['boys', 'small count narrowed', { low: 1, high: 3 }],
    ]);
    expect(known.free).toEqual(new Set(['girls']));
    // Girls' L5 hidden too: girls may be 0, so boys may be 25. Only boys' requirement is solved.
    const hidden = new Set(['boys', 'girls', 'girls-l5']);
    const second = audit(hidden, known);
    const fresh = audit(hidden, { met: new Set(), free: new Set() });
    expect(second.findings).toEqual([]);
    expect(fresh.findings).toEqual([]);
    expect(known.met.has('boys\nsmall count narrowed')).toBe(true);
    // Everything now proved: a third audit of the same cells solves nothing at all.
    expect(fresh.solves).toBeGreaterThan(0);
    expect(audit(hidden, known)).toEqual({ findings: [], solves: 0 });
  });
});
