// The tidy CSV: one row per level, area, pupil group and measure, codes not labels. The same
// PublishedTable is the xlsx's Data sheet.
import { text, type Column, type PublishedTable } from '../table/published-table.js';
import { csvWriter } from '../writers/csv-writer.js';
import type { PredictionsReport } from './predictions-report.js';

const code = (name: string): Column => ({ code: name, heading: name, kind: 'text' });
const figure = (name: string, kind: 'count' | 'rate' | 'gap'): Column => ({
  code: name,
  heading: name,
  kind,
  unit: kind === 'count' ? 'pupils' : kind === 'rate' ? 'percent' : 'percentage points',
  ...(kind === 'gap' ? { signed: true } : {}),
});

/** Rates in percent (a mean measure's in points); gaps in percentage points, positive above national. */
const TIDY_COLUMNS: readonly Column[] = [
  ...['level', 'area_code', 'area_name', 'academic_year', 'key_stage', 'round', 'pupil_group', 'measure'].map(code),
  figure('cohort', 'count'),
  figure('count', 'count'),
  figure('rate', 'rate'),
  figure('national_rate', 'rate'),
  code('national_year'),
  figure('gap_to_national', 'gap'),
  figure('national_other_rate', 'rate'),
  figure('gap_to_national_other', 'gap'),
  // Issue 12: beside national, the city's benchmarks (blank on other levels' rows).
  figure('neighbours_average_rate', 'rate'),
  { code: 'neighbours_with_data', heading: 'neighbours_with_data', kind: 'number' },
  { code: 'neighbours', heading: 'neighbours', kind: 'number' },
  figure('gap_to_neighbours', 'gap'),
  code('region'),
  figure('region_rate', 'rate'),
  figure('gap_to_region', 'gap'),
  { code: 'rank_among_neighbours', heading: 'rank_among_neighbours', kind: 'number' },
  { code: 'ranked_with_neighbours', heading: 'ranked_with_neighbours', kind: 'number' },
  { code: 'national_quartile', heading: 'national_quartile', kind: 'number' },
];

export const PREDICTIONS_CSV_COLUMNS = TIDY_COLUMNS.map((c) => c.code);

/** The tidy table: figures as the report rounded them, written as they are. */
export function predictionsTidyTable(report: PredictionsReport): PublishedTable {
  return {
    id: 'predictions',
    title: 'Data',
    tidy: true,
    columns: TIDY_COLUMNS,
    rows: report.rows.map((r) => ({
      cells: [
        ...[r.level, r.areaCode, r.areaName, report.academicYear, report.keyStage, report.round].map(text),
        ...[r.pupilGroup, r.measure].map(text),
        r.cohort,
        r.count,
        r.rate,
        r.nationalRate,
        text(r.nationalYear ?? report.academicYear),
        r.gapToNational,
        r.nationalOtherRate ?? null,
        r.gapToNationalOther ?? null,
        r.neighbourAverage ?? null,
        r.neighboursWithData ?? null,
        r.neighbours ?? null,
        r.gapToNeighbours ?? null,
        r.regionName === undefined ? null : text(r.regionName),
        r.regionRate ?? null,
        r.gapToRegion ?? null,
        r.rankAmongNeighbours ?? null,
        r.rankedWithNeighbours ?? null,
        r.nationalQuartile ?? null,
      ],
    })),
  };
}

export function predictionsCsv(report: PredictionsReport): string {
  return csvWriter().write([predictionsTidyTable(report)]);
}
