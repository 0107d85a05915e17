// The predictions report as EES tidy data: a row per place (the city, and each collaborative
// group as the LA filtered by its group; each school as a School row) and pupil group; each
// measure's cohort, count, rate, national figure, its year and the gaps as indicators of their
// own. Built from the tidy table the csv writes, so a published export shows the same c cells.
import type { Catalogue } from '../../domain/catalogue.js';
import { predictionsTidyTable } from '../predictions/predictions-csv.js';
import type { PredictionsReport } from '../predictions/predictions-report.js';
import type { Cell, PublishedTable } from '../table/published-table.js';
import type { EesPlaces } from './ees-geography.js';
import { groupFilter, measureLabel, measureSpread, placeOf, pupilGroupFilter } from './ees-filters.js';
import { eesTable, textAt, type EesTable } from './ees-table.js';
import { academicYearTime, timePeriod } from './ees-time.js';

const FIGURES = ['cohort', 'count', 'rate', 'national_rate', 'national_year', 'gap_to_national'];
const OTHER = ['national_other_rate', 'gap_to_national_other'];

/**
 * The year of the national figure is a figure too (the latest published may be a year earlier):
 * as a time period (201314), x where there is no national figure.
 */
export function withNationalYearAsFigure(table: PublishedTable): PublishedTable {
  const year = table.columns.findIndex((c) => c.code === 'national_year');
  const rate = table.columns.findIndex((c) => c.code === 'national_rate');
  const asPeriod = (cells: readonly Cell[]): Cell => {
    const y = cells[year];
    return typeof cells[rate] === 'number' && y && typeof y === 'object' ? Number(timePeriod(y.text)) : 'x';
  };
  return {
    ...table,
    columns: table.columns.map((c, i) => (i === year ? { ...c, kind: 'number', decimals: 0 } : c)),
    rows: table.rows.map((r) => ({ ...r, cells: r.cells.map((c, i) => (i === year ? asPeriod(r.cells) : c)) })),
  };
}

export function predictionsEes(report: PredictionsReport, cat: Catalogue, places: EesPlaces): EesTable {
  const time = academicYearTime(report.academicYear);
  return eesTable(withNationalYearAsFigure(predictionsTidyTable(report)), {
    time: () => time,
    place: placeOf(places),
    filters: [groupFilter(places), pupilGroupFilter(cat)],
    indicators: [...FIGURES, ...OTHER],
    label: measureLabel(cat, report.keyStage, report.round),
    spread: measureSpread(cat),
    // Other pupils nationally are the disadvantaged pupils' comparison only: not applicable to the
    // rest; on the disadvantaged pupils' row a blank is a national figure not available.
    notApplicable: (code, read) =>
      OTHER.includes(code) && textAt(read, 'pupil_group') !== cat.disadvantageComparison.group,
  });
}
