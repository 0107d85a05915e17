// The forecast report, pure: the predictions report's rows (its figures, national comparison and,
// when published, its suppression: the same disclosure control, not a copy) with the calibrated
// forecast and its interval beside each threshold measure's rate. A forecast is withheld wherever
// the predicted figure it is built from is (the forecast is that figure less a known correction).
import type { Level } from '../../aggregate/predictions/aggregate-predictions.js';
import { roundTo } from '../../aggregate/predictions/gap-to-national.js';
import type { AreaForecast, Forecast, ForecastOptions } from '../../aggregate/forecast/forecast-areas.js';
import type { PredictionsReport, PredictionsRow, Shown } from '../predictions/predictions-report.js';

export interface ForecastRow extends PredictionsRow {
  forecast: Shown;
  lower: Shown;
  upper: Shown;
  /** Forecast as shown − national, percentage points. */
  forecastGapToNational: Shown;
  schools: number;
  schoolsWithRecord: number;
}

export interface ForecastReport {
  academicYear: string;
  keyStage: string;
  round: string;
  levels: Level[];
  published: boolean;
  threshold: number;
  returns: number;
  options: ForecastOptions;
  recordYears: string[];
  /** The city's error over the record on each measure, percentage points, as shown (one place). */
  cityBias: { measure: string; bias: number }[];
  /** Schools with a prediction, and of them those with a record of their own. */
  schools: number;
  schoolsWithRecord: number;
  residuals: number;
  rows: ForecastRow[];
}

const keyOf = (r: { level: string; areaCode: string; pupilGroup: string; measure: string }) =>
  `${r.level}|${r.areaCode}|${r.pupilGroup}|${r.measure}`;

export function forecastReportFrom(
  predictions: PredictionsReport,
  forecast: Forecast,
  recordYears: readonly string[],
  options: ForecastOptions,
): ForecastReport {
  const byKey = new Map(forecast.areas.map((a) => [keyOf(a), a]));
  return {
    ...{ academicYear: predictions.academicYear, keyStage: predictions.keyStage, round: predictions.round },
    ...{ levels: predictions.levels, published: predictions.published, threshold: predictions.threshold },
    returns: predictions.returns,
    options,
    recordYears: [...recordYears],
    cityBias: [...forecast.cityBias].map(([measure, bias]) => ({ measure, bias: roundTo(bias, 1) })),
    schools: forecast.schools,
    schoolsWithRecord: forecast.schoolsWithRecord,
    residuals: forecast.residuals,
    rows: predictions.rows.flatMap((row) => {
      if (row.kind !== 'threshold') return [];
      return [withForecast(row, byKey.get(keyOf(row)))];
    }),
  };
}

function withForecast(row: PredictionsRow, f: AreaForecast | undefined): ForecastRow {
  const hidden = row.rate === 'c';
  const shown = (value: number | undefined): Shown => (hidden ? 'c' : value === undefined ? 'x' : roundTo(value, 1));
  const forecast = shown(f?.rate);
  const national = row.nationalRate;
  return {
    ...row,
    forecast,
    lower: shown(f?.lower),
    upper: shown(f?.upper),
    forecastGapToNational:
      typeof forecast !== 'number' ? forecast : typeof national === 'number' ? roundTo(forecast - national, 1) : 'x',
    schools: f?.schools ?? 0,
    schoolsWithRecord: f?.schoolsWithRecord ?? 0,
  };
}
