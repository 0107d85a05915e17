// Returns the import must store but query: figures that disagree with each other, or a formula with
// no saved result to read.
import { ref, rowIndex, setCell, valueOf } from './fixture-case-cells.js';
import type { FixtureCase } from './fixture-case.js';

/** Stored returns the import must flag with a query for the school to answer. */
export const QUERIED_CASES: readonly FixtureCase[] = [
  {
    urn: '110025',
    name: 'parts-above-whole',
    expect: 'queried',
    rules: ['partition.above-whole'],
    note: 'Disadvantaged cohort 2 too high, so it and Other pupils add up to more than All pupils',
    data: (p) => {
      p.rows[rowIndex(p, 'disadv')]!.cohort += 2;
    },
  },
  {
    urn: '110026',
    name: 'implication-breach',
    expect: 'queried',
    rules: ['implication.breach'],
    note: 'All pupils RWM L5+ above RWM L4B+',
    data: (p) => {
      p.rows[rowIndex(p, 'all')]!.values[p.measures.indexOf('ks2_rwm_l5')] = valueOf(p, 'all', 'ks2_rwm_l4b') + 2;
    },
  },
  {
    urn: '110029',
    name: 'formula-no-result',
    expect: 'queried',
    rules: ['cell.formula-without-result'],
    note: 'Boys 2LP Maths is a formula never calculated (no saved result)',
    present: (d, p) => setCell(d, p, 'boys', 'ks2_mat_2lp', { formula: `ROUND(${ref(d, p, 'boys', 'cohort')}*0.9,0)` }),
  },
];
