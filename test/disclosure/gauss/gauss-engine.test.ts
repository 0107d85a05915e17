// The whole engine: elimination, then the interval audit by linear programming, on tables worked
// out by hand. A reader may use sums and bounds (0 ≤ count ≤ cohort); neither may pin a hidden
// cell, nor narrow a small count to less than 0..5.
import { beforeAll, describe, expect, it } from 'vitest';
import { gaussEngine } from '../../../src/disclosure/gauss-engine.js';
import type { SuppressionEngine } from '../../../src/disclosure/engine.js';
import { loadLinearProgramming } from '../../../src/disclosure/interval/lp.js';
import type { CountCell } from '../../../src/disclosure/types.js';
import { reasonsOf, sum } from '../table.js';

let engine: SuppressionEngine;
beforeAll(async () => {
  engine = gaussEngine(await loadLinearProgramming());
});

const cell = (id: string, value: number, more: Partial<CountCell> = {}): CountCell => ({
  id,
  quantity: 'q',
  value,
  ...more,
});

describe('gaussEngine', () => {
  it('keeps the city total and hides the least wanted school beside a small one', () => {
    // city 40 = a 3 + b 17 + c 20. a is small; c is offered last, so c is hidden with it. Then
    // a + c = 23: a may be 0 (c 23) or 23 (c 0), so its range is 0..23 and reaches past 4.
    const out = engine.suppress({
      cells: [cell('city', 40, { priority: 2 }), cell('a', 3), cell('b', 17, { priority: 1 }), cell('c', 20)],
      constraints: [sum('city', ['a', 'b', 'c'], 'q')],
      threshold: 4,
    });
    expect(reasonsOf(out)).toEqual({ a: 'primary', c: 'secondary' });
    expect(out.stillRecoverable).toEqual([]);
  });

  it('hides more when a bound narrows a small count that subtraction cannot reach', () => {
    // all 6 = boys 2 + girls 4. boys (2) and girls (4) are small; a + b = 6 with both hidden
    // leaves boys in 0..6, which reaches 5: protected. But each is at most its cohort, shown as 2
    // and 4: boys is then 0..2 and narrowed. So a cohort goes too (the least wanted: boys' cohort).
    const out = engine.suppress({
      cells: [
        cell('all', 6, { priority: 1 }),
        cell('boys', 2, { atMost: 'boys-cohort' }),
        cell('girls', 4, { atMost: 'girls-cohort' }),
        { id: 'boys-cohort', quantity: 'cohort', value: 20 },
        { id: 'girls-cohort', quantity: 'cohort', value: 25 },
      ],
      constraints: [sum('all', ['boys', 'girls'], 'q')],
      threshold: 4,
    });
    // With cohorts of 20 and 25 shown, boys lies in 0..6 (girls takes the rest): nothing more to hide.
    expect(reasonsOf(out)).toEqual({ boys: 'primary', girls: 'primary' });
    expect(out.stillRecoverable).toEqual([]);
  });

  it('does not let a total of 100% pin every hidden part to its cohort', () => {
    // city 12 = a 3 + b 9, with cohorts a 3 and b 9: 100% in both. a and its cohort (3) are small;
    // elimination hides b with them. Then a + b = 12 with b ≤ 9 shown gives a ≥ 3: a reader knows
    // every pupil of a small group reached it. The audit hides b's cohort (offered after the city),
    // and a may then be anything from 0 to 12.
    const out = engine.suppress({
      cells: [
        cell('city', 12, { priority: 2 }),
        cell('a', 3, { atMost: 'a-cohort', cohort: 3, disclosive: true }),
        cell('b', 9, { atMost: 'b-cohort' }),
        { id: 'a-cohort', quantity: 'cohort', value: 3 },
        { id: 'b-cohort', quantity: 'cohort', value: 9 },
      ],
      constraints: [sum('city', ['a', 'b'], 'q')],
      threshold: 4,
    });
    expect(reasonsOf(out)).toEqual({ a: 'primary', 'a-cohort': 'primary', b: 'secondary', 'b-cohort': 'secondary' });
    expect(out.stillRecoverable).toEqual([]);
  });
});
