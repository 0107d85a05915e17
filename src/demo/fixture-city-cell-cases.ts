// Accepted returns with a cell typed otherwise than as a count (a rate, "n/a", a formula) that the
// import must convert or read, with a warning where it changed what the school typed.
import { cohortOf, firstPresent, ref, setCell, valueOf } from './fixture-case-cells.js';
import type { FixtureCase } from './fixture-case.js';

/** Accepted returns whose cells the import must put right. */
export const CELL_CASES: readonly FixtureCase[] = [
  {
    urn: '110015',
    name: 'percent-format',
    expect: 'accepted',
    rules: ['cell.percent-converted'],
    note: 'Girls RWM L4+ typed as a rate in a cell formatted 0%',
    present: (d, p) =>
      setCell(d, p, 'girls', 'ks2_rwm_l4', {
        percent: Math.round((100 * valueOf(p, 'girls', 'ks2_rwm_l4')) / cohortOf(p, 'girls')) / 100,
      }),
  },
  {
    urn: '110016',
    name: 'percent-text',
    expect: 'accepted',
    rules: ['cell.percent-converted'],
    note: 'Boys Reading L4+ typed as text ending in % (as "79%")',
    present: (d, p) =>
      setCell(
        d,
        p,
        'boys',
        'ks2_read_l4',
        `${Math.round((100 * valueOf(p, 'boys', 'ks2_read_l4')) / cohortOf(p, 'boys'))}%`,
      ),
  },
  {
    urn: '110017',
    name: 'n-a',
    expect: 'accepted',
    rules: ['cell.read-as-blank'],
    note: '"n/a" in a GPS L4+ cell, read as blank',
    present: (d, p) => setCell(d, p, firstPresent(p, ['pa_high', 'girls']), 'ks2_gps_l4', 'n/a'),
  },
  {
    urn: '110023',
    name: 'formulas',
    expect: 'accepted',
    rules: [],
    note: 'All pupils Cohort and RWM L4+ are formulas (Boys + Girls) with saved results',
    present: (d, p) => {
      for (const m of ['cohort', 'ks2_rwm_l4']) {
        const result = m === 'cohort' ? cohortOf(p, 'all') : valueOf(p, 'all', m);
        setCell(d, p, 'all', m, { formula: `${ref(d, p, 'boys', m)}+${ref(d, p, 'girls', m)}`, result });
      }
    },
  },
];
