// The city's attendance beside national, its statistical neighbours and its region, one table for
// a reader (issue 12, item 3): for the city and each phase, overall and persistent absence, each
// gap side by side, with the rank among the neighbours and the quartile among all LAs (1 = least).
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { roundToShown } from '../../aggregate/attendance/shown.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { benchmarkText } from '../../messages/benchmark-text.js';
import { reportText } from '../../messages/report-text.js';
import { benchmarkColumns } from '../table/benchmark-columns.js';
import { text, type Cell, type PublishedTable } from '../table/published-table.js';

const t = benchmarkText;
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
    columns: benchmarkColumns(
      [
        { code: 'phase', heading: reportText['column.phase'], kind: 'text' },
        { code: 'measure', heading: t['benchmarks.column-measure'], kind: 'text' },
      ],
      region,
      'lower',
    ),
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
