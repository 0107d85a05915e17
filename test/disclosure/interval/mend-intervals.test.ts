// The repair that only hides more (interval/mend-intervals.ts): it ends with every small count
// protected, hiding beside a failure the least wanted cell a reader cannot work out. Tables by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { gaussBoundsSuppression } from '../../../src/disclosure/gauss-bounds-engine.js';
import { mendIntervals } from '../../../src/disclosure/interval/mend-intervals.js';
import { loadLinearProgramming, type LinearProgramming } from '../../../src/disclosure/interval/lp.js';
import { publishOrder } from '../../../src/disclosure/publish-order.js';
import { indexTable } from '../../../src/disclosure/table-index.js';
import type { SuppressionInput } from '../../../src/disclosure/types.js';
import { sum } from '../table.js';
import { allOfBoysAndGirls, boysTwoCells, count, girlsL5WithinL4 } from './boys-two-table.js';

let lp: LinearProgramming;
beforeAll(async () => {
  lp = await loadLinearProgramming();
});

function mended(input: SuppressionInput) {
  const reasons = new Map(gaussBoundsSuppression.suppress(input).reasons);
  const index = indexTable(input.cells, input.constraints);
  const left = mendIntervals(index, input.inequalities ?? [], reasons, 4, lp, publishOrder(input.cells));
  return { left, reasons: Object.fromEntries(reasons) };
}

// The table of boys-two-table.ts, its cohorts with no sum among them.
const cells = boysTwoCells;
const table: SuppressionInput = {
  cells,
  constraints: [allOfBoysAndGirls],
  inequalities: [girlsL5WithinL4],
  threshold: 4,
};

describe('the repair that only hides more', () => {
  it('ends with every small count protected', () => {
    // Girls lies in 22..24, so boys = 25 − girls in 1..3. Girls' L5 is the least wanted cell
    // beside them; hidden, it is free (0..girls), girls reaches 0 and boys 25.
    expect(mended(table)).toEqual({
      left: [],
      reasons: { boys: 'primary', girls: 'secondary', 'girls-l5': 'secondary' },
    });
  });

  it('passes over a cell a reader could work out once hidden', () => {
    // Girls' L5 = girls' L5 EAL 12 + FLE 10, both shown: hidden, it would still be 22. The next
    // least wanted, girls' cohort (24), is hidden instead: at least 22 (their L5), otherwise free,
    // so girls may be 25 and boys 0.
    const out = mended({
      ...table,
      cells: [
        ...cells,
        { ...count('girls-l5-eal', 12, 'girls-cohort'), quantity: 'l5' },
        { ...count('girls-l5-fle', 10, 'girls-cohort'), quantity: 'l5' },
      ],
      constraints: [...table.constraints, sum('girls-l5', ['girls-l5-eal', 'girls-l5-fle'], 'l5')],
    });
    expect(out).toEqual({
      left: [],
      reasons: { boys: 'primary', girls: 'secondary', 'girls-cohort': 'secondary' },
    });
  });
});
