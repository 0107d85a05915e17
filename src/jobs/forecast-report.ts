// The forecast job, a table of contents. The forecast: (1) the predictions report of the round,
// with its national comparison and, when published, its suppression; (2) every earlier year's
// predicted and Actual figures from the store, the schools' record; (3) the calibrated forecast
// and its interval; (4) joined onto the report's rows. The backtest: each year with results
// forecast from those before it. If achieved: this round's report beside last year's Actual one.
import { backtest } from '../aggregate/forecast/backtest.js';
import { forecastAreas, type ForecastOptions } from '../aggregate/forecast/forecast-areas.js';
import { schoolRecord } from '../aggregate/forecast/school-record.js';
import type { YearFigures } from '../aggregate/predictions/accuracy.js';
import type { Level } from '../aggregate/predictions/aggregate-predictions.js';
import { previousAcademicYear } from '../domain/academic-year.js';
import { shippedContext, type Context } from '../domain/context.js';
import { backtestReportFrom, type BacktestReport } from '../publish/forecast/backtest-report.js';
import { forecastReportFrom, type ForecastReport } from '../publish/forecast/forecast-report.js';
import { ifAchievedReportFrom, type IfAchievedReport } from '../publish/forecast/if-achieved-report.js';
import type { Store } from '../store/open-store.js';
import { currentPredictionFigures, nationalComparators } from '../store/queries/predictions.js';
import { yearsWithActuals } from '../store/queries/returns-for-period.js';
import { buildPredictionsReport, type PredictionsReportOptions } from './predictions-report.js';

const cityOf = (context: Context) => ({ code: context.settings.city.laCode, name: context.settings.city.name });
const kindOf = (context: Context) => (m: string) => context.catalogue.measure(m).kind;

async function yearFigures(store: Store, academicYear: string, keyStage: string, round: string): Promise<YearFigures> {
  const q = { academicYear, keyStage };
  return {
    academicYear,
    predicted: await currentPredictionFigures(store, { ...q, round }),
    actual: await currentPredictionFigures(store, { ...q, round: 'Actual' }),
  };
}

async function record(store: Store, keyStage: string, round: string, before?: string): Promise<YearFigures[]> {
  const years = (await yearsWithActuals(store, keyStage)).filter((y) => before === undefined || y < before).sort();
  const out: YearFigures[] = [];
  for (const year of years) out.push(await yearFigures(store, year, keyStage, round));
  return out;
}

export async function buildForecastReport(
  store: Store,
  o: PredictionsReportOptions,
  context: Context = shippedContext(),
): Promise<ForecastReport> {
  const options: ForecastOptions = context.settings.forecast;
  const predictions = await buildPredictionsReport(store, o, context);
  const earlier = schoolRecord(await record(store, o.keyStage, o.round, o.academicYear), kindOf(context));
  const figures = await currentPredictionFigures(store, o);
  const forecast = forecastAreas(figures, earlier, kindOf(context), cityOf(context), o.levels, options);
  return forecastReportFrom(predictions, forecast, earlier.years, options);
}

export async function buildBacktest(
  store: Store,
  o: { keyStage: string; round: string; levels: Level[] },
  context: Context = shippedContext(),
): Promise<BacktestReport> {
  const years = await record(store, o.keyStage, o.round);
  const figures = backtest(years, kindOf(context), cityOf(context), o.levels, context.settings.forecast);
  return backtestReportFrom(
    o.keyStage,
    o.round,
    years.map((y) => y.academicYear),
    figures,
  );
}

export async function buildIfAchievedReport(
  store: Store,
  o: PredictionsReportOptions,
  context: Context = shippedContext(),
): Promise<IfAchievedReport> {
  const now = await buildPredictionsReport(store, o, context);
  const lastYear = previousAcademicYear(o.academicYear);
  const last = await buildPredictionsReport(store, { ...o, academicYear: lastYear, round: 'Actual' }, context);
  const nationals = (await nationalComparators(store, o.keyStage, o.academicYear)).map((n) => ({
    academicYear: n.academic_year,
    measure: n.measure,
    pupilGroup: n.pupil_group,
    value: n.value,
  }));
  return ifAchievedReportFrom(now, last, nationals, context.catalogue);
}
