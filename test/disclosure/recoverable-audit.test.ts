// The attacker's audit: which hidden cells the published cells and the constraints pin exactly.
import { describe, expect, it } from 'vitest';
import { recoverableCells } from '../../src/disclosure/recoverable.js';
import { cellsOf, sum } from './table.js';

describe('recoverableCells', () => {
  it('finds a part hidden alone beside its whole and the other parts', () => {
    const cells = cellsOf({ all: 23, boys: 3, girls: 20 });
    expect(recoverableCells(cells, [sum('all', ['boys', 'girls'])], new Set(['boys']))).toEqual(['boys']);
  });

  it('finds a whole hidden alone: it is the sum of its shown parts', () => {
    const cells = cellsOf({ all: 23, boys: 3, girls: 20 });
    expect(recoverableCells(cells, [sum('all', ['boys', 'girls'])], new Set(['all']))).toEqual(['all']);
  });

  it('finds a cell pinned by two constraints that each leave it free', () => {
    // city = s1 + s2 + s3 and group G = s1 + s2, with s1, s2, s3 hidden: each constraint has
    // two or three hidden cells, yet s3 = city − G. s1 and s2 stay open (s1 + s2 = G).
    const cells = cellsOf({ city: 14, G: 11, s1: 2, s2: 9, s3: 3 });
    const constraints = [sum('city', ['s1', 's2', 's3']), sum('G', ['s1', 's2'])];
    expect(recoverableCells(cells, constraints, new Set(['s1', 's2', 's3']))).toEqual(['s3']);
  });

  it('finds a cell pinned only by combining constraints with fractions on the way', () => {
    // x + y = A, y + z = B, x + z = C: three equations in three unknowns; x = (A − B + C) / 2.
    // All three are pinned.
    const cells = cellsOf({ A: 5, B: 7, C: 6, x: 2, y: 3, z: 4 });
    const constraints = [sum('A', ['x', 'y']), sum('B', ['y', 'z']), sum('C', ['x', 'z'])];
    expect(recoverableCells(cells, constraints, new Set(['x', 'y', 'z']))).toEqual(['x', 'y', 'z']);
  });

  it('finds nothing in a 2 × 2 table with only its margins shown', () => {
    // a + b = R1, c + d = R2, a + c = C1, b + d = C2: rank 3 of 4, one degree of freedom.
    const cells = cellsOf({ a: 1, b: 9, c: 7, d: 5, R1: 10, R2: 12, C1: 8, C2: 14 });
    const constraints = [sum('R1', ['a', 'b']), sum('R2', ['c', 'd']), sum('C1', ['a', 'c']), sum('C2', ['b', 'd'])];
    expect(recoverableCells(cells, constraints, new Set(['a', 'b', 'c', 'd']))).toEqual([]);
  });

  it('keeps quantities apart: a cohort total does not pin a measure count', () => {
    const cells = [
      ...cellsOf({ all: 23, boys: 3, girls: 20 }, 'cohort'),
      ...cellsOf({ mAll: 20, mBoys: 2, mGirls: 18 }, 'KS2RWM'),
    ];
    const constraints = [sum('all', ['boys', 'girls'], 'cohort'), sum('mAll', ['mBoys', 'mGirls'], 'KS2RWM')];
    expect(recoverableCells(cells, constraints, new Set(['boys', 'girls', 'mBoys', 'mGirls']))).toEqual([]);
  });

  it('refuses a constraint that names a cell of another quantity', () => {
    const cells = [...cellsOf({ all: 23, boys: 3 }, 'cohort'), ...cellsOf({ girls: 20 }, 'KS2RWM')];
    expect(() => recoverableCells(cells, [sum('all', ['boys', 'girls'])], new Set())).toThrow(
      'suppression: constraint of quantity "cohort" names cell "girls" of quantity "KS2RWM"',
    );
  });
});
