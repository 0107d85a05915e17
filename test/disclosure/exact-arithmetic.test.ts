// The audit's elimination is exact: large coefficients neither pin a free unknown nor free a
// pinned one (it moves from plain numbers to bigint when a product would pass 2^53).
import { describe, expect, it } from 'vitest';
import { determinedColumns } from '../../src/disclosure/determined.js';

const row = (...entries: [number, number][]) => new Map(entries);
const big = 2 ** 40;

describe('determinedColumns', () => {
  it('finds both unknowns pinned when two rows with huge coefficients are independent', () => {
    // 2^40·x + 3y and (2^40 + 1)·x + 3y: determinant 2^40·3 − 3·(2^40 + 1) = −3 ≠ 0.
    expect(determinedColumns([row([0, big], [1, 3]), row([0, big + 1], [1, 3])])).toEqual(new Set([0, 1]));
  });

  it('finds nothing pinned when the second huge row is twice the first', () => {
    // (2^41, 2^41 + 2) = 2 × (2^40, 2^40 + 1): rank 1, one degree of freedom. Floating point
    // would see 2^40 · (2^41 + 2) − 2^41 · (2^40 + 1) as 0 only by luck.
    expect(determinedColumns([row([0, big], [1, big + 1]), row([0, 2 * big], [1, 2 * big + 2])])).toEqual(new Set());
  });

  it('pins x from x + y, y + z and x + z, which needs a division by 2', () => {
    expect(determinedColumns([row([0, 1], [1, 1]), row([1, 1], [2, 1]), row([0, 1], [2, 1])])).toEqual(
      new Set([0, 1, 2]),
    );
  });
});
