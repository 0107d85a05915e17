// The city's attendance beside national, its statistical neighbours and its region, one table for
// a reader (issue 12, item 3): for the city and each phase, overall and persistent absence, each
// gap side by side, with the rank among the neighbours and the quartile among all LAs (1 = least).
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { roundToShown } from '../../aggregate/attendance/shown.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { benchmarkText } from '../../messages/benchmark-text.js';
import { reportText } from '../../messages/report-text.js';
import { text, type Cell, type Column, type PublishedTable } from '../table/published-table.js';

const t = benchmarkText;
const rate = (code: string, heading: string): Column => ({ code, heading, kind: 'rate', unit: 'percent', decimals: 1 });
const gap = (code: string, heading: string): Column => ({
  code,
  heading,
  kind: 'gap',
  unit: 'percentage points',
  signed: true,
  decimals: 1,
  better: 'lower',
});
const words = (code: string, heading: string): Column => ({ code, heading, kind: 'text' });
const figure = (v: number | undefined): Cell => (v === undefined ? 'x' : roundToShown(v));

/** The table, or undefined where the report has no benchmarks (none stored, or part of a year). */
export function attendanceBenchmarkTable(report: AttendanceReport, cat: Catalogue): PublishedTable | undefined {
  const rows = report.benchmarks ?? [];
  if (report.benchmarks === undefined) return undefined;
  const region = rows.find((r) => r.benchmarks.region)?.benchmarks.region?.areaName;
  const label = (code: string) => cat.attendanceColumns.rates.find((r) => r.code === code)?.label ?? code;
  return {
    id: 'attendance-benchmarks',
    title: t['benchmarks.title'](report.areas.find((a) => a.level === 'city')?.name ?? ''),
    columns: [
      words('phase', reportText['column.phase']),
      words('measure', t['benchmarks.column-measure']),
      rate('rate', t['benchmarks.column-city']),
      gap('gap_to_national', t['benchmarks.column-gap-to-national']),
      rate('neighbours_average_rate', t['benchmarks.column-neighbours-average']),
      words('neighbours_with_data', t['benchmarks.column-neighbours-with-data']),
      gap('gap_to_neighbours', t['benchmarks.column-gap-to-neighbours']),
      rate('region_rate', region ? `${t['benchmarks.column-region']} (${region})` : t['benchmarks.column-region']),
      gap('gap_to_region', t['benchmarks.column-gap-to-region']),
      words('rank_among_neighbours', t['benchmarks.column-rank-among-neighbours']),
      { code: 'national_quartile', heading: t['benchmarks.column-national-quartile'], kind: 'number', decimals: 0 },
    ],
    rows: rows.map(({ phase, measure, rate: r, gapToNational, benchmarks: b }) => ({
      cells: [
        text(phase),
        text(label(measure)),
        figure(r),
        gapToNational ?? 'x',
        figure(b.neighbourAverage),
        b.neighbours > 0 ? text(t['benchmarks.of'](b.neighboursWithData, b.neighbours)) : 'x',
        b.gapToNeighbours ?? 'x',
        figure(b.region?.value),
        b.gapToRegion ?? 'x',
        b.rankAmongNeighbours ? text(t['benchmarks.of'](b.rankAmongNeighbours.rank, b.rankAmongNeighbours.of)) : 'x',
        b.nationalQuartile ?? 'x',
      ],
    })),
    notes: {
      below: [...t['benchmarks.rules'], ...(rows.length === 0 ? [t['benchmarks.whole-year-only']] : [])],
    },
  };
}
