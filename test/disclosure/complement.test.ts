// Primary suppression of small complements (pitfalls.md: a 0% or 100% rate on a small group
// discloses every pupil in it). The complement of a count is cohort − count.
import { describe, expect, it } from 'vitest';
import { suppressCells } from '../../src/disclosure/suppress.js';
import type { CountCell } from '../../src/disclosure/types.js';

const measure = (id: string, value: number, cohort: number): CountCell => ({ id, quantity: 'KS2RWM', value, cohort });

describe('suppressCells: complements', () => {
  it('suppresses the complement when all but 3 pupils reach it', () => {
    // 27 of 30 reach it: 30 − 27 = 3 did not, a small count.
    const result = suppressCells({ cells: [measure('a', 27, 30)], constraints: [], threshold: 4 });
    expect(Object.fromEntries(result.reasons)).toEqual({ a: 'primary' });
  });

  it('suppresses 0 reaching it in a group of 2 (0% of a small group)', () => {
    // 0 is not small, but 2 − 0 = 2 is.
    expect(suppressCells({ cells: [measure('b', 0, 2)], constraints: [], threshold: 4 }).suppressed).toEqual(
      new Set(['b']),
    );
  });

  it('shows 30 of 30, 25 of 30 and 0 of 0: complements 0, 5 and 0', () => {
    const cells = [measure('c', 30, 30), measure('d', 25, 30), measure('e', 0, 0)];
    expect(suppressCells({ cells, constraints: [], threshold: 4 }).suppressed.size).toBe(0);
  });

  it('gives a cell without a cohort no complement: a cohort of 30 is shown', () => {
    const cells: CountCell[] = [{ id: 'cohort', quantity: 'cohort:KS2RWM', value: 30 }];
    expect(suppressCells({ cells, constraints: [], threshold: 4 }).suppressed.size).toBe(0);
  });
});
