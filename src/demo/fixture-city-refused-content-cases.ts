// Refused workbooks that open but break a rule: the wrong school, a missing or doubled row, an
// unknown heading, or a count that cannot be right. Nothing of them is stored.
import { cohortOf, colIndex, rowIndex, setCell, valueOf } from './fixture-case-cells.js';
import type { FixtureCase } from './fixture-case.js';

/** Refused workbooks whose contents fail the import's checks. */
export const REFUSED_CONTENT_CASES: readonly FixtureCase[] = [
  {
    urn: '110033',
    name: 'urn-not-in-register',
    expect: 'refused',
    rules: ['school.not-in-register'],
    note: 'URN 108003, a Fenmoor (LA 873) school the register import leaves out',
    present: (d) => {
      d.header[0] = ['URN', '108003'];
      d.header[1] = ['School name', 'St Mary’s Catholic Primary School'];
    },
  },
  {
    urn: '110034',
    name: 'urn-laestab-disagree',
    expect: 'refused',
    rules: ['school.identifiers-disagree'],
    note: 'URN 110034 (Thornbury) with LAESTAB 874/2031 (Rowan)',
    present: (d) => {
      d.header.splice(1, 0, ['LAESTAB', '874/2031']);
    },
  },
  // On All pupils GPS L4+, which no other measure or group is checked against, so the error comes alone.
  {
    urn: '110031',
    name: 'count-above-cohort',
    expect: 'refused',
    rules: ['count.above-cohort'],
    note: 'All pupils GPS L4+ typed as a percentage (a bare number above the cohort)',
    present: (d, p) => {
      const percent = Math.round((100 * valueOf(p, 'all', 'ks2_gps_l4')) / cohortOf(p, 'all'));
      if (percent <= cohortOf(p, 'all')) throw new Error('fixture: the percentage is within the cohort');
      setCell(d, p, 'all', 'ks2_gps_l4', percent);
    },
  },
  {
    urn: '110035',
    name: 'no-all-pupils-row',
    expect: 'refused',
    rules: ['group.whole-missing'],
    note: 'the All pupils row deleted',
    present: (d, p) => {
      d.rows.splice(rowIndex(p, 'all'), 1);
    },
  },
  {
    urn: '110035',
    name: 'pupil-group-twice',
    expect: 'refused',
    rules: ['group.duplicate'],
    note: 'the Girls row pasted twice',
    present: (d, p) => {
      d.rows.splice(rowIndex(p, 'girls') + 1, 0, [...d.rows[rowIndex(p, 'girls')]!]);
    },
  },
  {
    urn: '110036',
    name: 'unknown-measure',
    expect: 'refused',
    rules: ['measure.unknown'],
    note: 'a column headed "RWM L4++"',
    present: (d, p) => {
      d.tableHeader[colIndex(p, 'ks2_rwm_l4')] = 'RWM L4++';
    },
  },
  {
    urn: '110036',
    name: 'unknown-pupil-group',
    expect: 'refused',
    rules: ['group.unknown'],
    note: 'a row for "Year 6 boys"',
    present: (d, p) => {
      d.rows.push(['Year 6 boys', ...d.rows[rowIndex(p, 'boys')]!.slice(1)]);
    },
  },
  {
    urn: '110001',
    name: 'text-in-count',
    expect: 'refused',
    rules: ['cell.not-a-number'],
    note: '"lots" in Girls Maths L4+',
    present: (d, p) => setCell(d, p, 'girls', 'ks2_mat_l4', 'lots'),
  },
  {
    urn: '110001',
    name: 'negative-count',
    expect: 'refused',
    rules: ['count.negative'],
    note: 'Boys GPS L4+ is -3',
    present: (d, p) => setCell(d, p, 'boys', 'ks2_gps_l4', -3),
  },
  {
    urn: '110002',
    name: 'not-whole-count',
    expect: 'refused',
    rules: ['count.not-whole'],
    note: 'Girls GPS L4+ is 12.5 (below the true count, so no sum goes above its whole)',
    present: (d, p) => {
      if (valueOf(p, 'girls', 'ks2_gps_l4') < 13) throw new Error('fixture: 12.5 would raise the Girls count');
      setCell(d, p, 'girls', 'ks2_gps_l4', 12.5);
    },
  },
  {
    urn: '110002',
    name: 'missing-round',
    expect: 'refused',
    rules: ['header.missing'],
    note: 'no Round in the header block',
    present: (d) => {
      d.header = d.header.filter(([l]) => l !== 'Round');
    },
  },
  {
    urn: '110003',
    name: 'cohort-zero-with-values',
    expect: 'refused',
    rules: ['cohort.invalid'],
    note: 'a group with cohort 0 but predictions',
    present: (d, p) => {
      const group = [...p.rows].sort((a, b) => a.cohort - b.cohort).find((r) => r.values.some((v) => v > 0))!.group;
      setCell(d, p, group, 'cohort', 0);
    },
  },
];
