// The backtest: each year with results forecast from the years before it only, as it would have
// been made then, and set beside what happened. Like with like: only the figures a school both
// predicted and reported (school, pupil group, measure) count, on both sides, so the predicted,
// forecast and actual rates of an area are over the same schools.
import type { Measure } from '../../domain/catalogue.js';
import type { YearFigures } from '../predictions/accuracy.js';
import {
  aggregatePredictions,
  type City,
  type Level,
  type SchoolFigure,
} from '../predictions/aggregate-predictions.js';
import { forecastAreas, type ForecastOptions } from './forecast-areas.js';
import { schoolRecord } from './school-record.js';

/** One area's figure in a year of the backtest. Rates in percent, unrounded. */
export interface BacktestFigure {
  academicYear: string;
  /** The earlier years the forecast learnt from. */
  recordYears: string[];
  level: Level;
  areaCode: string;
  areaName: string;
  pupilGroup: string;
  measure: string;
  cohort: number;
  predicted: number;
  forecast: number;
  actual: number;
}

type KindOf = (measure: string) => Measure['kind'];
const keyOf = (f: SchoolFigure) => `${f.urn}|${f.pupilGroup}|${f.measure}`;

/** `years` in any order; each from the second on is forecast from those before it. */
export function backtest(
  years: readonly YearFigures[],
  kindOf: KindOf,
  city: City,
  levels: readonly Level[],
  o: ForecastOptions,
): BacktestFigure[] {
  const sorted = [...years].sort((a, b) => a.academicYear.localeCompare(b.academicYear));
  return sorted.slice(1).flatMap((year, i) => {
    const record = schoolRecord(sorted.slice(0, i + 1), kindOf);
    const threshold = (f: SchoolFigure) => kindOf(f.measure) === 'threshold' && f.cohort > 0;
    const reported = new Set(year.actual.filter(threshold).map(keyOf));
    const predicted = year.predicted.filter((f) => threshold(f) && reported.has(keyOf(f)));
    const both = new Set(predicted.map(keyOf));
    const actual = aggregatePredictions(
      year.actual.filter((f) => both.has(keyOf(f))),
      kindOf,
      city,
      levels,
    );
    const actualBy = new Map(actual.map((a) => [`${a.level}|${a.areaCode}|${a.pupilGroup}|${a.measure}`, a]));
    const forecast = forecastAreas(predicted, record, kindOf, city, levels, { ...o, resamples: 0 });
    return forecast.areas.flatMap((f) => {
      const a = actualBy.get(`${f.level}|${f.areaCode}|${f.pupilGroup}|${f.measure}`);
      if (!a) return [];
      return [
        {
          academicYear: year.academicYear,
          recordYears: record.years,
          ...{ level: f.level, areaCode: f.areaCode, areaName: f.areaName },
          ...{ pupilGroup: f.pupilGroup, measure: f.measure, cohort: f.cohort },
          predicted: (f.predicted / f.cohort) * 100,
          forecast: f.rate,
          actual: a.value,
        },
      ];
    });
  });
}
