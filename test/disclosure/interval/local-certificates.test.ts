// Local certificates (interval/local-certificates.ts): a small count proved protected by a linear
// programme over the hidden cells near it, the rest fixed at their true values. Tables by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { groupSystem } from '../../../src/disclosure/interval/group-system.js';
import type { KnownTables } from '../../../src/disclosure/interval/interval-audit.js';
import { certifyLocally, type LocalTable } from '../../../src/disclosure/interval/local-certificates.js';
import { loadLinearProgramming, type LinearProgramming } from '../../../src/disclosure/interval/lp.js';
import { Neighbourhoods } from '../../../src/disclosure/interval/neighbourhoods.js';
import { indexTable } from '../../../src/disclosure/table-index.js';
import type { CountCell, SuppressionInput } from '../../../src/disclosure/types.js';
import { sum } from '../table.js';

let lp: LinearProgramming;
beforeAll(async () => {
  lp = await loadLinearProgramming();
});

const count = (id: string, value: number, atMost: string): CountCell => ({ id, quantity: 'l4', value, atMost });
const cohort = (id: string, value: number): CountCell => ({ id, quantity: 'cohort', value });
const fresh = (): KnownTables => ({ met: new Set(), free: new Set() });

function localTable(input: SuppressionInput, hidden: string[]): LocalTable {
  const index = indexTable(input.cells, input.constraints);
  const inequalities = input.inequalities ?? [];
  return { index, inequalities, near: new Neighbourhoods(index, inequalities), hidden: new Set(hidden), threshold: 4 };
}

// L4: all 25 (shown) = boys 2 + girls 23, both hidden; cohorts shown, boys 30, girls 30.
const cohorts = [cohort('boys-cohort', 30), cohort('girls-cohort', 30)];
const allL4 = { ...count('all', 25, 'all-cohort'), quantity: 'l4' };

describe('local certificates of the interval audit', () => {
  it('proves a small count protected from its neighbourhood alone, leaving the rest of its group out', () => {
    // Girls' L5 (10, hidden) is at most girls' L4. One hop from boys: boys and girls; girls' L5 is
    // fixed at its true 10, so girls lies in 10..30 and boys = 25 − girls in 0..15: it may be none.
    const input: SuppressionInput = {
      cells: [
        allL4,
        cohort('all-cohort', 60),
        ...cohorts,
        count('boys', 2, 'boys-cohort'),
        count('girls', 23, 'girls-cohort'),
        { ...count('girls-l5', 10, 'girls-cohort'), quantity: 'l5' },
      ],
      constraints: [sum('all', ['boys', 'girls'], 'l4')],
      inequalities: [{ whole: 'girls', parts: ['girls-l5'] }],
      threshold: 4,
    };
    const table = localTable(input, ['boys', 'girls', 'girls-l5']);
    expect(table.near.ball('boys', 1, (id) => table.hidden.has(id), 400)).toEqual(['boys', 'girls']);
    expect(certifyLocally(table, 'boys', lp, fresh(), { radii: [1], maxCells: 400 })).toBeUndefined();
  });

  it('tries a wider neighbourhood where the nearest pins the count', () => {
    // Girls = girls EAL 13 + girls FLE 10, both hidden (cohorts 20 and 15). Fixed at their true
    // values one hop away, they pin girls to 23 and boys to 2. Two hops frees them: girls may be
    // 25 (13 + 12), and boys 0.
    const input: SuppressionInput = {
      cells: [
        allL4,
        cohort('all-cohort', 60),
        ...cohorts,
        cohort('eal-cohort', 20),
        cohort('fle-cohort', 15),
        count('boys', 2, 'boys-cohort'),
        count('girls', 23, 'girls-cohort'),
        count('girls-eal', 13, 'eal-cohort'),
        count('girls-fle', 10, 'fle-cohort'),
      ],
      constraints: [sum('all', ['boys', 'girls'], 'l4'), sum('girls', ['girls-eal', 'girls-fle'], 'l4')],
      threshold: 4,
    };
    const table = localTable(input, ['boys', 'girls', 'girls-eal', 'girls-fle']);
    expect(certifyLocally(table, 'boys', lp, fresh(), { radii: [1], maxCells: 400 })).toEqual({
      id: 'boys',
      failure: 'small count narrowed',
      range: { low: 2, high: 2 },
    });
    expect(certifyLocally(table, 'boys', lp, fresh(), { radii: [1, 2], maxCells: 400 })).toBeUndefined();
  });

  it('knows a hidden cohort is at least each count shown under it', () => {
    // Cohort 12 hidden; its counts L4 7 and L5 9 shown: a reader knows it is at least 9.
    const index = indexTable([cohort('c', 12), count('l4', 7, 'c'), { ...count('l5', 9, 'c'), quantity: 'l5' }], []);
    const system = groupSystem(index, [], new Set(['c']), { hidden: ['c'], constraints: [], inequalities: [] });
    expect(system.lower).toEqual([9]);
  });
});
