// The city's benchmarks as one table a person reads (issue 12, item 3): for each pupil group and
// measure, the city's figure with its gap to national, to its statistical neighbours' average and
// to its region, side by side, with its rank among its neighbours and its quartile nationally.
import type { Catalogue } from '../../domain/catalogue.js';
import { benchmarkText } from '../../messages/benchmark-text.js';
import { reportText } from '../../messages/report-text.js';
import { benchmarkColumns } from '../table/benchmark-columns.js';
import { text, type PublishedTable } from '../table/published-table.js';
import type { PredictionsReport } from './predictions-report.js';

/** The city's benchmark table, or undefined where the report has no neighbours or regional figures. */
export function benchmarkTable(report: PredictionsReport, cat: Catalogue): PublishedTable | undefined {
  const rows = report.rows.filter((r) => r.level === 'city' && r.neighbours !== undefined);
  if (rows.length === 0) return undefined;
  const t = benchmarkText;
  const region = rows.find((r) => r.regionName)?.regionName;
  return {
    id: 'city-benchmarks',
    title: t['benchmarks.title'](rows[0]!.areaName),
    columns: benchmarkColumns(
      [
        { code: 'pupil_group', heading: reportText['column.pupil-group'], kind: 'text' },
        { code: 'measure', heading: t['benchmarks.column-measure'], kind: 'text' },
      ],
      region,
    ),
    rows: rows.map((r) => ({
      ...(r.kind === 'mean' ? { decimals: 2 } : {}),
      cells: [
        text(cat.pupilGroup(r.pupilGroup).label),
        text(cat.measure(r.measure).label),
        r.rate,
        r.gapToNational,
        r.neighbourAverage ?? 'x',
        // No neighbour list imported: nothing to count, not "0 of 0".
        r.neighbours ? text(t['benchmarks.of'](r.neighboursWithData ?? 0, r.neighbours)) : 'x',
        r.gapToNeighbours ?? 'x',
        r.regionRate ?? 'x',
        r.gapToRegion ?? 'x',
        typeof r.rankAmongNeighbours === 'number'
          ? text(t['benchmarks.of'](r.rankAmongNeighbours, r.rankedWithNeighbours ?? 0))
          : (r.rankAmongNeighbours ?? 'x'),
        r.nationalQuartile ?? 'x',
      ],
    })),
    notes: { below: [...t['benchmarks.rules']] },
  };
}
