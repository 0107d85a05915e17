// A school's cohort for a pupil group is one number whatever the measure, so it is one cell
// shared by the area cohorts of every measure (suppress-predictions.ts). An area's cohort for a
// measure sums only the schools with a figure for it, so two measures' area cohorts can differ by
// one school's cohort; with one shared cell the audit sees that difference.
import { describe, expect, it } from 'vitest';
import { recoverableCells } from '../../../src/report/suppression/recoverable.js';
import { suppressCells } from '../../../src/report/suppression/suppress.js';
import { cellsOf, sum } from './table.js';

describe('a school cohort shared across measures', () => {
  // Riverside, higher prior attainers: s1 has 41, s2 has 2 (a small cohort). s2 gave no GPS
  // figure for them, so Riverside's GPS cohort is 41 (s1 alone) and its Maths cohort 43.
  //   Maths: R:maths 43 = s1 41 + s2 2.   GPS: R:gps 41 = s1 41.
  // With a cell per measure (s1:maths, s1:gps), hiding s2 and s1:maths leaves R:gps 41 and s1:gps
  // 41 shown, and 43 − 41 = 2 = s2. With s1 one cell, s1 hidden is hidden in both.
  const cells = cellsOf({ 'R:maths': 43, 'R:gps': 41, s1: 41, s2: 2 });
  const constraints = [sum('R:maths', ['s1', 's2']), sum('R:gps', ['s1'])];

  it('sees that the two area cohorts differ by the hidden one', () => {
    // s2 and s1 hidden, both area cohorts shown: R:maths − R:gps = s2 = 2.
    expect(recoverableCells(cells, constraints, new Set(['s1', 's2']))).toEqual(['s1', 's2']);
  });

  it('hides one of the two area cohorts as well', () => {
    // s2 2 is primary; R:maths then has one hidden, so s1 (the only other part); R:gps = s1 then
    // has one hidden and no part left, so its whole. R:maths 43 = s1 + s2 is all that is shown.
    const result = suppressCells({ cells, constraints, threshold: 4 });
    expect([...result.suppressed]).toEqual(['s2', 's1', 'R:gps']);
    expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
  });
});
