// Secondary suppression within one constraint: a hidden part must not be the whole minus the
// shown parts (pitfalls.md, Disclosure: all = boys + girls).
import { describe, expect, it } from 'vitest';
import { recoverableCells } from '../../src/disclosure/recoverable.js';
import { suppressCells } from '../../src/disclosure/suppress.js';
import { cellsOf, reasonsOf, sum } from './table.js';

describe('suppressCells: a second part', () => {
  it('suppresses a second part so a part cannot be recovered from the whole', () => {
    // all 23 = boys 3 + girls 20. Hiding boys alone: boys = 23 − 20 = 3. So girls go too; the
    // total stays shown.
    const cells = cellsOf({ all: 23, boys: 3, girls: 20 });
    const constraints = [sum('all', ['boys', 'girls'])];
    expect(recoverableCells(cells, constraints, new Set(['boys']))).toEqual(['boys']);
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect(reasonsOf(result)).toEqual({ boys: 'primary', girls: 'secondary' });
    expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
  });

  it('chooses the smallest non-zero part, not a zero', () => {
    // all 24 = white 2 + black 0 + asian 7 + other 15. Hiding black (0) with white would leave
    // white + black = 24 − 7 − 15 = 2: it hides nothing. The smallest non-zero part is asian 7.
    const cells = cellsOf({ all: 24, white: 2, black: 0, asian: 7, other: 15 });
    const result = suppressCells({
      cells,
      constraints: [sum('all', ['white', 'black', 'asian', 'other'])],
      threshold: 4,
    });
    expect(reasonsOf(result)).toEqual({ white: 'primary', asian: 'secondary' });
  });

  it('chooses a zero when every other shown part is zero', () => {
    // W1 35 = a 2 + b 33 hides b. Then W2 33 = b 33 + z 0 has b alone hidden, and its only shown
    // part is z 0: z is hidden (b + z = 33 leaves b open, where z shown would give b = 33).
    const cells = cellsOf({ W1: 35, a: 2, b: 33, W2: 33, z: 0 });
    const constraints = [sum('W1', ['a', 'b']), sum('W2', ['b', 'z'])];
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect(reasonsOf(result)).toEqual({ a: 'primary', b: 'secondary', z: 'secondary' });
    expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
  });

  it('breaks a tie between equal parts by id', () => {
    // all 19 = c 3 + b 8 + a 8: a and b tie on 8; "a" < "b".
    const cells = cellsOf({ all: 19, c: 3, b: 8, a: 8 });
    const result = suppressCells({ cells, constraints: [sum('all', ['c', 'b', 'a'])], threshold: 4 });
    expect(reasonsOf(result)).toEqual({ c: 'primary', a: 'secondary' });
  });

  it('suppresses a part when the whole is the only hidden cell', () => {
    // Group G 15 = school s1 2 + s2 13, so s2 is hidden to protect s1. s2 is in turn the whole
    // of its triads: s2 13 = t1 6 + t2 7, shown, would give s2 = 6 + 7 = 13. So t1 (the smaller
    // part) is hidden too.
    const cells = cellsOf({ G: 15, s1: 2, s2: 13, t1: 6, t2: 7 });
    const constraints = [sum('G', ['s1', 's2']), sum('s2', ['t1', 't2'])];
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect(reasonsOf(result)).toEqual({ s1: 'primary', s2: 'secondary', t1: 'secondary' });
    expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
  });
});
