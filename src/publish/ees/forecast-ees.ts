// The forecast, its backtest and "if achieved" as EES tidy data: a row per place and pupil group,
// each measure's figures as indicators of their own; the backtest one time period per year it
// judged (the years it learnt from are words for the csv's reader, said in the release).
import type { Catalogue } from '../../domain/catalogue.js';
import { eesText } from '../../messages/ees-text.js';
import { backtestTidyTable } from '../forecast/backtest-tables.js';
import type { BacktestReport } from '../forecast/backtest-report.js';
import { forecastTidyTable } from '../forecast/forecast-tables.js';
import type { ForecastReport } from '../forecast/forecast-report.js';
import { ifAchievedTidyTable } from '../forecast/if-achieved-tables.js';
import type { IfAchievedReport } from '../forecast/if-achieved-report.js';
import type { EesPlaces } from './ees-geography.js';
import { groupFilter, measureLabel, measureSpread, placeOf, pupilGroupFilter } from './ees-filters.js';
import { eesTable, textAt, type EesTable } from './ees-table.js';
import { academicYearTime } from './ees-time.js';

export function forecastEes(report: ForecastReport, cat: Catalogue, places: EesPlaces): EesTable {
  const time = academicYearTime(report.academicYear);
  const ofMeasure = measureLabel(cat, report.keyStage, report.round);
  return eesTable(forecastTidyTable(report), {
    time: () => time,
    place: placeOf(places),
    filters: [groupFilter(places), pupilGroupFilter(cat)],
    once: ['schools', 'schools_with_record'],
    indicators: ['cohort', 'count', 'rate', 'forecast_rate', 'forecast_lower', 'forecast_upper'].concat(
      'national_rate',
      'gap_to_national',
      'forecast_gap_to_national',
    ),
    label: (code, measure) =>
      measure === undefined
        ? { label: eesText.figure(code), grouping: eesText['forecast-grouping'] }
        : ofMeasure(code, measure),
    spread: measureSpread(cat),
  });
}

export function backtestEes(report: BacktestReport, cat: Catalogue, places: EesPlaces): EesTable {
  return eesTable(backtestTidyTable(report), {
    time: (read) => academicYearTime(textAt(read, 'academic_year')),
    place: placeOf(places),
    filters: [groupFilter(places), pupilGroupFilter(cat)],
    indicators: ['cohort', 'actual', 'predicted', 'forecast', 'predicted_error', 'forecast_error'],
    label: measureLabel(cat, report.keyStage, report.round),
    spread: measureSpread(cat),
  });
}

export function ifAchievedEes(report: IfAchievedReport, cat: Catalogue, places: EesPlaces): EesTable {
  const time = academicYearTime(report.academicYear);
  return eesTable(ifAchievedTidyTable(report), {
    time: () => time,
    place: placeOf(places),
    filters: [groupFilter(places), pupilGroupFilter(cat)],
    indicators: ['last_actual_rate', 'predicted_rate', 'change', 'national_compared_last_year'].concat(
      'national_compared',
      'gap_last_year',
      'gap_if_achieved',
    ),
    label: measureLabel(cat, report.keyStage, report.round),
    spread: measureSpread(cat),
  });
}
