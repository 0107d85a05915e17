// The repair that only hides more (interval/mend-intervals.ts): it ends with every small count
// protected, hiding beside a failure the least wanted cell a reader cannot work out. Tables by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { gaussBoundsSuppression } from '../../../src/disclosure/gauss-bounds-engine.js';
import { mendIntervals } from '../../../src/disclosure/interval/mend-intervals.js';
import { loadLinearProgramming, type LinearProgramming } from '../../../src/disclosure/interval/lp.js';
import { publishOrder } from '../../../src/disclosure/publish-order.js';
import { indexTable } from '../../../src/disclosure/table-index.js';
import type { CountCell, SuppressionInput } from '../../../src/disclosure/types.js';
import { sum } from '../table.js';

let lp: LinearProgramming;
beforeAll(async () => {
  lp = await loadLinearProgramming();
});

const count = (id: string, value: number, atMost: string, priority = 0): CountCell => ({
  id,
  quantity: 'l4',
  value,
  atMost,
  priority,
});
const cohort = (id: string, value: number): CountCell => ({ id, quantity: 'cohort', value });

function mended(input: SuppressionInput) {
  const reasons = new Map(gaussBoundsSuppression.suppress(input).reasons);
  const index = indexTable(input.cells, input.constraints);
  const left = mendIntervals(index, input.inequalities ?? [], reasons, 4, lp, publishOrder(input.cells));
  return { left, reasons: Object.fromEntries(reasons) };
}

// all L4 25 = boys 2 + girls 23; girls' L5 22 is part of their L4; cohorts shown: all 54, boys 30, girls 24.
const cells = [
  count('all', 25, 'all-cohort', 2),
  count('boys', 2, 'boys-cohort'),
  count('girls', 23, 'girls-cohort'),
  { ...count('girls-l5', 22, 'girls-cohort'), quantity: 'l5' },
  cohort('all-cohort', 54),
  cohort('boys-cohort', 30),
  cohort('girls-cohort', 24),
];
const table: SuppressionInput = {
  cells,
  constraints: [sum('all', ['boys', 'girls'], 'l4')],
  inequalities: [{ whole: 'girls', parts: ['girls-l5'] }],
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
