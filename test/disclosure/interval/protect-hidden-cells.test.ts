// Each hidden cell protected by a table a reader cannot rule out (interval/protect-hidden-cells.ts),
// on the table of boys-two-table.ts, worked by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { gaussBoundsSuppression } from '../../../src/disclosure/gauss-bounds-engine.js';
import { protectHiddenCells } from '../../../src/disclosure/interval/protect-hidden-cells.js';
import { loadLinearProgramming, type LinearProgramming } from '../../../src/disclosure/interval/lp.js';
import { indexTable } from '../../../src/disclosure/table-index.js';
import type { SuppressionInput } from '../../../src/disclosure/types.js';
import { loadWitnessEngine } from '../../../src/disclosure/witness-engine.js';
import { allOfBoysAndGirls, boysTwoCells, cohort, girlsL5WithinL4 } from './boys-two-table.js';

let lp: LinearProgramming;
beforeAll(async () => {
  lp = await loadLinearProgramming();
});

const table = (cells = boysTwoCells): SuppressionInput => ({
  cells,
  constraints: [allOfBoysAndGirls],
  inequalities: [girlsL5WithinL4],
  threshold: 4,
});

function protectedTable(input: SuppressionInput) {
  const reasons = new Map(gaussBoundsSuppression.suppress(input).reasons);
  const outcome = protectHiddenCells(indexTable(input.cells, input.constraints), input.inequalities!, reasons, 4, lp);
  return {
    reasons: Object.fromEntries(reasons),
    unmet: outcome.unmet,
    protecting: Object.fromEntries(outcome.protecting),
  };
}

describe('protecting each hidden cell by a table a reader cannot rule out', () => {
  it('hides the cheapest cell that lets a small count narrowed by bounds reach past the small counts', () => {
    // Boys and girls hidden, girls' L5 22 shown: girls in 22..24, so boys = 25 − girls in 1..3.
    // Boys to 0 needs girls 25, past their cohort 24, unless all (priority 2) falls: all 24 = 0 + 24,
    // cost 1 × 10^0.2 = 1.58. Boys to 5 needs girls 20 and girls' L5 at most 20: 2 × 1 = 2. All it is.
    expect(protectedTable(table())).toEqual({
      reasons: { boys: 'primary', girls: 'secondary', all: 'secondary' },
      unmet: [],
      protecting: { all: 'boys' },
    });
  });

  it('hides nothing more where the bounds leave a small count free to be 0', () => {
    // Girls' cohort 30: girls reach 25 and boys 0 with nothing else moved.
    const cells = boysTwoCells.map((c) => (c.id === 'girls-cohort' ? cohort('girls-cohort', 30) : c));
    const roomy = table(cells);
    const widerCohorts = { ...roomy, cells: cells.map((c) => (c.id === 'all-cohort' ? cohort('all-cohort', 60) : c)) };
    expect(protectedTable(widerCohorts)).toEqual({
      reasons: { boys: 'primary', girls: 'secondary' },
      unmet: [],
      protecting: {},
    });
  });

  it('leaves, through the engine, no hidden cell a reader can pin: every one takes two values', async () => {
    const engine = await loadWitnessEngine();
    const result = engine.suppress(table());
    expect([...result.suppressed]).toEqual(['boys', 'girls', 'all']);
    expect(result.stillRecoverable).toEqual([]);
    // With all hidden too, a reader cannot rule out all 24, boys 0, girls 24; nor the truth, boys 2.
  });
});
