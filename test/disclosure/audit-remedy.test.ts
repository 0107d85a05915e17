// When the one-constraint-at-a-time rule is not enough, the audit finds the cell still
// recoverable and suppressCells hides one more cell near it.
import { describe, expect, it } from 'vitest';
import { recoverableCells } from '../../src/disclosure/recoverable.js';
import { suppressCells } from '../../src/disclosure/suppress.js';
import { cellsOf, reasonsOf, sum } from './table.js';

describe('suppressCells: audit remedy', () => {
  it('hides one more cell when two constraints together pin a hidden cell', () => {
    // city 14 = s1 2 + s2 9 + s3 3 (s3 is in no collaborative group); group G 11 = s1 + s2.
    // Primary: s1 2 and s3 3. G has s1 alone hidden → s2 9. city has three hidden: the simple
    // rule stops. But s3 = city − G = 14 − 11 = 3. The audit finds s3. No part is left shown
    // around it, only the totals G 11 and city 14; hiding either frees s3 with four cells hidden
    // in all, and G (smaller) comes first. Then s1 + s2 = G and s1 + s2 + s3 = 14 pin nothing.
    const cells = cellsOf({ city: 14, G: 11, s1: 2, s2: 9, s3: 3 });
    const constraints = [sum('city', ['s1', 's2', 's3']), sum('G', ['s1', 's2'])];
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect(reasonsOf(result)).toEqual({ s1: 'primary', s3: 'primary', s2: 'secondary', G: 'secondary' });
    expect(result.stillRecoverable).toEqual([]);
    expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
  });

  it('reports a cell the constraints pin whatever is hidden, after hiding all it can', () => {
    // T = c + d and T = c + d + z (a total repeated with one part more) force z = 0 whatever the
    // values. z is hidden as a secondary: W1 35 = a 2 + b 33 hides b, then W2 33 = b + z 0 has
    // only z left to hide. No suppression can protect z, so the audit remedy hides every cell
    // connected to it, stops, and reports z as still recoverable.
    const cells = cellsOf({ W1: 35, a: 2, b: 33, W2: 33, z: 0, T: 9, c: 4, d: 5 });
    const constraints = [sum('W1', ['a', 'b']), sum('W2', ['b', 'z']), sum('T', ['c', 'd']), sum('T', ['c', 'd', 'z'])];
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect(result.stillRecoverable).toEqual(['z']);
    expect(result.suppressed.size).toBe(cells.length);
  });
});

describe('suppressCells: a group of one school (the shape the property test found)', () => {
  it('keeps a one-school group hidden when the city total minus the other group would give it', () => {
    // city 33 = s1 3 + s2 10 + s3 20; group G0 3 = s1 (one school); group G1 30 = s2 + s3.
    // Primary: s1 3 and G0 3. city: s1 alone hidden → s2 10 (smaller than s3 20). G1: s2 alone
    // hidden → s3 20. Every constraint now has 0, 2 or 3 hidden, yet the constraints imply
    // city = G0 + G1, so s1 = G0 = 33 − 30 = 3. The audit finds G0 and s1. Hiding G1 30 or
    // city 33 each frees them with five cells hidden; G1 (smaller) comes first, and the city
    // total stays shown.
    const cells = cellsOf({ city: 33, G0: 3, G1: 30, s1: 3, s2: 10, s3: 20 });
    const constraints = [sum('city', ['s1', 's2', 's3']), sum('G0', ['s1']), sum('G1', ['s2', 's3'])];
    const simple = new Set(['G0', 's1', 's2', 's3']);
    expect(recoverableCells(cells, constraints, simple)).toEqual(['G0', 's1']);
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect(reasonsOf(result)).toEqual({
      G0: 'primary',
      s1: 'primary',
      s2: 'secondary',
      s3: 'secondary',
      G1: 'secondary',
    });
    expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
  });
});
