// Secondary suppression chains: a cell hidden for one constraint can leave another constraint
// with one hidden cell, which then needs a second.
import { describe, expect, it } from 'vitest';
import { recoverableCells } from '../../src/disclosure/recoverable.js';
import { suppressCells } from '../../src/disclosure/suppress.js';
import { cellsOf, reasonsOf, sum } from './table.js';

//            boys  girls  all
//   s1          2     28   30
//   s2          8     32   40
//   city       10     60   (not published)
const cells = cellsOf({
  's1|boys': 2,
  's1|girls': 28,
  's1|all': 30,
  's2|boys': 8,
  's2|girls': 32,
  's2|all': 40,
  'city|boys': 10,
  'city|girls': 60,
});
const constraints = [
  sum('s1|all', ['s1|boys', 's1|girls']), // A
  sum('city|girls', ['s1|girls', 's2|girls']), // B: shares s1 girls with A
  sum('s2|all', ['s2|boys', 's2|girls']), // C: shares s2 girls with B
  sum('city|boys', ['s1|boys', 's2|boys']), // D
];

describe('suppressCells: chains', () => {
  it('chains through a cell shared by two constraints', () => {
    // s1 boys 2 is primary. A hides s1 girls 28. B then has s1 girls alone hidden: it hides
    // s2 girls 32. C then has s2 girls alone: it hides s2 boys 8. D has s1 and s2 boys: safe.
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect(reasonsOf(result)).toEqual({
      's1|boys': 'primary',
      's1|girls': 'secondary',
      's2|girls': 'secondary',
      's2|boys': 'secondary',
    });
    // b1 + g1 = 30, g1 + g2 = 60, b2 + g2 = 40, b1 + b2 = 10: A − B + C − D = 0, so rank 3 of 4.
    expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
  });

  it('gives the same cells whatever order the constraints come in', () => {
    const reversed = suppressCells({ cells, constraints: [...constraints].reverse(), threshold: 4 });
    expect(new Set(reversed.suppressed)).toEqual(new Set(['s1|boys', 's1|girls', 's2|girls', 's2|boys']));
  });
});
