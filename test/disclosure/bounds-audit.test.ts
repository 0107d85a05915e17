// The bounds audit: counts are ≥ 0 and at most their cohort (atMost), so a shown total of 0 or
// of 100% pins hidden parts without any subtraction, and ranges chain from one constraint to the
// next. suppressCells hides more until no hidden cell's range is one value.
import { describe, expect, it } from 'vitest';
import { boundPinnedCells } from '../../src/disclosure/bounds.js';
import { recoverableCells } from '../../src/disclosure/recoverable.js';
import { suppressCells } from '../../src/disclosure/suppress.js';
import type { Constraint, CountCell } from '../../src/disclosure/types.js';
import { cellsOf, sum } from './table.js';

/** A count of `quantity` that is at most the cell `atMost`; `hide` marks it disclosive on its own account. */
const count = (id: string, value: number, atMost?: string, hide = false): CountCell => ({
  id,
  quantity: 'KS2RWM',
  value,
  ...(atMost ? { atMost } : {}),
  ...(hide ? { disclosive: true } : {}),
});

describe('bounds: a total of 100%', () => {
  // Fen Edge middle prior attainers, Writing L4+: the group shows 112 of 113. Schools:
  //   s1 26/26, s2 33/34, s3 25/25 shown; s4 11/11 and s5 17/17 hidden on their own account.
  // 112 − (26 + 33 + 25) = 28 = s4 + s5, and s4 ≤ 11, s5 ≤ 17, so s4 = 11 and s5 = 17.
  const cells: CountCell[] = [
    ...cellsOf({ 'G#': 113, 's1#': 26, 's2#': 34, 's3#': 25, 's4#': 11, 's5#': 17 }),
    count('G', 112, 'G#'),
    count('s1', 26, 's1#'),
    count('s2', 33, 's2#'),
    count('s3', 25, 's3#'),
    count('s4', 11, 's4#', true),
    count('s5', 17, 's5#', true),
  ];
  const constraints: Constraint[] = [
    sum('G#', ['s1#', 's2#', 's3#', 's4#', 's5#']),
    sum('G', ['s1', 's2', 's3', 's4', 's5'], 'KS2RWM'),
  ];

  it('finds both hidden parts pinned at their cohorts, which subtraction alone does not', () => {
    const hiddenByHand = new Set(['s4', 's5']);
    expect(recoverableCells(cells, constraints, hiddenByHand)).toEqual([]); // two unknowns, one equation
    expect(boundPinnedCells(cells, constraints, hiddenByHand)).toEqual(['s4', 's5']);
  });

  it('hides more until neither is pinned', () => {
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect(result.suppressed).toContain('s4');
    expect(result.suppressed).toContain('s5');
    expect(result.stillRecoverable).toEqual([]);
    expect(boundPinnedCells(cells, constraints, result.suppressed)).toEqual([]);
    expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
  });
});

describe('bounds: a total of 0', () => {
  // City 0 = s1 0 + s2 0 + s3 0 (low prior attainers reaching level 5): s1 and s2 are hidden (a 0%
  // rate in a small group), s3 shown. 0 − 0 = s1 + s2 and neither is below 0, so both are 0.
  const cells = [count('city', 0), count('s1', 0, undefined, true), count('s2', 0, undefined, true), count('s3', 0)];
  const constraints = [sum('city', ['s1', 's2', 's3'], 'KS2RWM')];

  it('finds the hidden parts pinned at 0', () => {
    expect(boundPinnedCells(cells, constraints, new Set(['s1', 's2']))).toEqual(['s1', 's2']);
  });

  it('hides the total, after which each hidden part is only known to be ≥ 0', () => {
    // s3 is 0 too, so hiding it would leave s1 + s2 = 0 − 0: only the total frees them.
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect([...result.suppressed].sort()).toEqual(['city', 's1', 's2']);
    expect(boundPinnedCells(cells, constraints, result.suppressed)).toEqual([]);
  });
});

describe('bounds: chained through a hidden cohort', () => {
  // Counts: W 10 = x 4 + y 6, both hidden on their own account; x ≤ X (cohort 4, shown), y ≤ Y.
  // Cohorts: T 6 = Y 6 + Z 0, Z hidden on its own account, so the simple rule hides Y as well.
  // Each constraint alone has two hidden cells, so subtraction pins nothing. With bounds:
  //   Y ≤ T − Z ≤ 6  →  y ≤ 6;  x ≤ 4  →  x + y ≤ 10 = W, so x = 4 and y = 6;
  //   then Y ≥ y = 6, so Y = 6, and Z = T − Y = 0. Every hidden cell is pinned.
  const cells: CountCell[] = [
    ...cellsOf({ T: 6, Y: 6, X: 4 }),
    { id: 'Z', quantity: 'cohort', value: 0, disclosive: true },
    count('W', 10),
    count('x', 4, 'X', true),
    count('y', 6, 'Y', true),
  ];
  const constraints = [sum('T', ['Y', 'Z']), sum('W', ['x', 'y'], 'KS2RWM')];

  it('pins every hidden cell through the chain', () => {
    const hidden = new Set(['Z', 'Y', 'x', 'y']);
    expect(recoverableCells(cells, constraints, hidden)).toEqual([]);
    expect(boundPinnedCells(cells, constraints, hidden)).toEqual(['Y', 'Z', 'x', 'y']);
  });

  it('hides more until nothing is pinned', () => {
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect(result.stillRecoverable).toEqual([]);
    expect(boundPinnedCells(cells, constraints, result.suppressed)).toEqual([]);
    expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
  });
});
