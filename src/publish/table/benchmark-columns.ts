// The columns of a city's benchmark table (issue 12, item 3), for predictions and attendance alike:
// the city's figure and its gaps to national, to its statistical neighbours' average and to its
// region side by side, with its rank among the neighbours and its quartile among all LAs.
import { benchmarkText as t } from '../../messages/benchmark-text.js';
import type { Column } from './published-table.js';

/** The columns after the area's own (`first`: a pupil group, a phase, and the measure). */
export function benchmarkColumns(first: readonly Column[], region: string | undefined, better?: 'lower'): Column[] {
  const rate = (code: string, heading: string): Column => ({
    code,
    heading,
    kind: 'rate',
    unit: 'percent',
    decimals: 1,
  });
  const gap = (code: string, heading: string): Column => ({
    code,
    heading,
    kind: 'gap',
    unit: 'percentage points',
    signed: true,
    decimals: 1,
    ...(better ? { better } : {}),
  });
  return [
    ...first,
    rate('rate', t['benchmarks.column-city']),
    gap('gap_to_national', t['benchmarks.column-gap-to-national']),
    rate('neighbours_average_rate', t['benchmarks.column-neighbours-average']),
    { code: 'neighbours_with_data', heading: t['benchmarks.column-neighbours-with-data'], kind: 'text' },
    gap('gap_to_neighbours', t['benchmarks.column-gap-to-neighbours']),
    rate('region_rate', region ? `${t['benchmarks.column-region']} (${region})` : t['benchmarks.column-region']),
    gap('gap_to_region', t['benchmarks.column-gap-to-region']),
    { code: 'rank_among_neighbours', heading: t['benchmarks.column-rank-among-neighbours'], kind: 'text' },
    { code: 'national_quartile', heading: t['benchmarks.column-national-quartile'], kind: 'number', decimals: 0 },
  ];
}
