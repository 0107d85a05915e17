// Secondary suppression across areas: a school's cell must not be the city total minus the other
// schools (pitfalls.md, Disclosure: city = Σ schools), as well as all = boys + girls.
import { describe, expect, it } from 'vitest';
import { recoverableCells } from '../../src/disclosure/recoverable.js';
import { suppressCells } from '../../src/disclosure/suppress.js';
import { cellsOf, reasonsOf, sum } from './table.js';

//            boys  girls  all
//   s1          3     20   23
//   s2         10     12   22
//   s3         15      9   24
//   city       28     41   69
const cells = cellsOf({
  's1|boys': 3,
  's1|girls': 20,
  's1|all': 23,
  's2|boys': 10,
  's2|girls': 12,
  's2|all': 22,
  's3|boys': 15,
  's3|girls': 9,
  's3|all': 24,
  'city|boys': 28,
  'city|girls': 41,
  'city|all': 69,
});
const areas = ['s1', 's2', 's3', 'city'];
const groups = ['boys', 'girls', 'all'];
const constraints = [
  ...areas.map((a) => sum(`${a}|all`, [`${a}|boys`, `${a}|girls`])),
  ...groups.map((g) =>
    sum(
      `city|${g}`,
      ['s1', 's2', 's3'].map((s) => `${s}|${g}`),
    ),
  ),
];

describe('suppressCells: across areas', () => {
  it("suppresses across areas when a school's cell could be recovered from the city total", () => {
    // Hiding only s1's boys and girls (the partition alone) fails: s1 boys = 28 − 10 − 15 = 3.
    expect(recoverableCells(cells, constraints, new Set(['s1|boys', 's1|girls']))).toEqual(['s1|boys', 's1|girls']);

    // s1 boys 3 is primary. s1 all = boys + girls hides s1 girls 20 (the only other part).
    // city boys: s1 boys alone hidden → the smallest other school, s2 boys 10.
    // city girls: s1 girls alone hidden → the smallest other school, s3 girls 9.
    // s2 all: s2 boys alone hidden → s2 girls 12. s3 all: s3 girls alone hidden → s3 boys 15.
    // Every constraint now has 0 or 3 hidden; the city totals and school totals stay shown.
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect(reasonsOf(result)).toEqual({
      's1|boys': 'primary',
      's1|girls': 'secondary',
      's2|boys': 'secondary',
      's3|girls': 'secondary',
      's2|girls': 'secondary',
      's3|boys': 'secondary',
    });
    // Six unknowns, four independent equations (a 2 × 3 table with known margins): none pinned.
    expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
  });
});
