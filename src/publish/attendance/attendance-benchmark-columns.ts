// The attendance tidy table's benchmark columns (issue 12, item 3), after every other column so a
// program reading by position is not moved: for each headline rate, the neighbours' average, how
// many had a figure, the gap to it, the region's figure and the gap to it, the rank among the
// neighbours and the quartile among all LAs. Filled on the city's and phases' all-pupils rows only.
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { roundToShown } from '../../aggregate/attendance/shown.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { Column } from '../table/published-table.js';
import type { AttendanceRow } from './attendance-rows.js';

const stem = (rateCode: string) => rateCode.replace(/_rate$/, '');
const headlines = (cat: Catalogue) => [
  cat.attendanceColumns.absenceRate.code,
  cat.attendanceColumns.pupilsAbsentRate.code,
];

/** `neighbours_average_overall_absence_rate`, ...: the columns, named after the catalogue's headline rates. */
export function benchmarkColumns(cat: Catalogue): Column[] {
  const rate = (code: string): Column => ({ code, heading: code, kind: 'rate', unit: 'percent' });
  const gap = (code: string): Column => ({
    code,
    heading: code,
    kind: 'gap',
    unit: 'percentage points',
    signed: true,
    better: 'lower',
  });
  const number = (code: string): Column => ({ code, heading: code, kind: 'number' });
  return [
    number('neighbours'),
    { code: 'region', heading: 'region', kind: 'text' },
    ...headlines(cat).flatMap((r) => [
      rate(`neighbours_average_${r}`),
      number(`neighbours_with_data_${stem(r)}`),
      gap(`gap_to_neighbours_${stem(r)}`),
      rate(`region_${r}`),
      gap(`gap_to_region_${stem(r)}`),
      number(`rank_among_neighbours_${stem(r)}`),
      number(`ranked_with_neighbours_${stem(r)}`),
      number(`national_quartile_${stem(r)}`),
    ]),
  ];
}

/** The benchmark cells of an area row, by column code; none for a school's row or another group's. */
export function benchmarkCells(report: AttendanceReport, row: AttendanceRow, cat: Catalogue): AttendanceRow {
  if ((row['level'] !== 'city' && row['level'] !== 'phase') || row['pupil_group'] !== cat.wholeCohort) return {};
  const of = (report.benchmarks ?? []).filter((b) => b.phase === row['phase']);
  if (of.length === 0) return {};
  const shown = (v: number | undefined) => (v === undefined ? undefined : roundToShown(v));
  const first = of[0]!.benchmarks;
  const cells: AttendanceRow = { neighbours: first.neighbours, region: first.region?.areaName };
  for (const { measure: r, benchmarks: b } of of) {
    Object.assign(cells, {
      [`neighbours_average_${r}`]: shown(b.neighbourAverage),
      [`neighbours_with_data_${stem(r)}`]: b.neighboursWithData,
      [`gap_to_neighbours_${stem(r)}`]: b.gapToNeighbours,
      [`region_${r}`]: b.region?.value,
      [`gap_to_region_${stem(r)}`]: b.gapToRegion,
      [`rank_among_neighbours_${stem(r)}`]: b.rankAmongNeighbours?.rank,
      [`ranked_with_neighbours_${stem(r)}`]: b.rankAmongNeighbours?.of,
      [`national_quartile_${stem(r)}`]: b.nationalQuartile,
    });
  }
  return cells;
}
