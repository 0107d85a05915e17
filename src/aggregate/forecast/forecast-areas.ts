// The calibrated forecast, aggregated from counts. Each school's predicted count for a pupil group
// and threshold measure, less its shrunk bias on the measure (shrinkage.ts) applied to the group's
// cohort, kept between 0 and the cohort:  f = min(c, max(0, p − b_s,m × c / 100)).
// An area's forecast rate is Σ f / Σ c × 100 over the schools that predicted, as the predicted rate
// is Σ p / Σ c. The interval: in each of R draws every school takes one past residual at random
// (seeded) from the city's pool, a past school-year's residuals by measure, the same for all its
// figures (a school's errors go together), and its figures are f with b_s,m + ε_m in place of
// b_s,m; the interval is the draws' quantiles
// (1 − level) / 2 and (1 + level) / 2 of each area's rate.
import { quantileSorted } from 'simple-statistics';
import type { Measure } from '../../domain/catalogue.js';
import type { City, Level, SchoolFigure } from '../predictions/aggregate-predictions.js';
import { biasOf, residuals, shrunkBiases, type Biases } from './shrinkage.js';
import type { SchoolRecord } from './school-record.js';
import { mulberry32 } from '../../domain/mulberry32.js';

export interface ForecastOptions {
  /** k of the shrinkage weight n / (n + k). */
  shrinkageYears: number;
  /** Draws behind the interval; 0 for none (the backtest needs only the point forecast). */
  resamples: number;
  seed: number;
  /** Share of the draws the interval covers, e.g. 0.9. */
  intervalLevel: number;
}

/** An area's forecast for a pupil group and threshold measure. Unrounded. */
export interface AreaForecast {
  level: Level;
  areaCode: string;
  areaName: string;
  pupilGroup: string;
  measure: string;
  cohort: number;
  predicted: number;
  /** Σ f: pupils forecast to reach the measure (not whole: an expectation). */
  forecast: number;
  /** Percent. */
  rate: number;
  /** Percent; absent with no past errors to draw from. */
  lower?: number;
  upper?: number;
  schools: number;
  /** Of them, schools with a record of their own (the rest take the city's bias). */
  schoolsWithRecord: number;
}

export interface Forecast {
  areas: AreaForecast[];
  biases: Biases;
  /** The city's pooled error on each measure, percentage points. */
  cityBias: Map<string, number>;
  /** Past errors in the pool the interval draws from. */
  residuals: number;
  /** Schools with a threshold prediction, and of them those with a record of their own on a measure predicted. */
  schools: number;
  schoolsWithRecord: number;
}

const clamp = (x: number, hi: number) => Math.min(hi, Math.max(0, x));
export const forecastCount = (predicted: number, cohort: number, bias: number) =>
  clamp(predicted - (bias * cohort) / 100, cohort);

export function forecastAreas(
  predicted: readonly SchoolFigure[],
  record: SchoolRecord,
  kindOf: (measure: string) => Measure['kind'],
  city: City,
  levels: readonly Level[],
  o: ForecastOptions,
): Forecast {
  const biases = shrunkBiases(record, o.shrinkageYears);
  const pool = residuals(record, biases);
  const figures = predicted.filter((f) => kindOf(f.measure) === 'threshold' && f.cohort > 0);
  const bias = (f: SchoolFigure) => biasOf(biases, record, f.urn, f.measure).bias;

  const areas: AreaForecast[] = [];
  const index = new Map<string, number>();
  const urnsOf: Set<string>[] = [];
  const areasOf = figures.map((f) => {
    const mine: number[] = [];
    const add = (level: Level, code: string, name: string) => {
      if (!levels.includes(level)) return;
      const key = `${level}|${code}|${f.pupilGroup}|${f.measure}`;
      let i = index.get(key);
      if (i === undefined) {
        index.set(key, (i = areas.length));
        urnsOf.push(new Set());
        areas.push({
          ...{ level, areaCode: code, areaName: name, pupilGroup: f.pupilGroup, measure: f.measure },
          ...{ cohort: 0, predicted: 0, forecast: 0, rate: 0, schools: 0, schoolsWithRecord: 0 },
        });
      }
      const a = areas[i]!;
      a.cohort += f.cohort;
      a.predicted += f.value;
      a.forecast += forecastCount(f.value, f.cohort, bias(f));
      urnsOf[i]!.add(f.urn);
      mine.push(i);
    };
    add('school', f.urn, f.schoolName);
    if (f.collaborativeGroup) add('group', f.collaborativeGroup, f.collaborativeGroup);
    add('city', city.code, city.name);
    return mine;
  });
  areas.forEach((a, i) => {
    a.rate = (a.forecast / a.cohort) * 100;
    a.schools = urnsOf[i]!.size;
    a.schoolsWithRecord = [...urnsOf[i]!].filter((u) => biases.has(`${u}|${a.measure}`)).length;
  });
  if (o.resamples > 0 && pool.length > 0) attachIntervals(areas, figures, areasOf, pool, bias, o);
  const urns = new Set(figures.map((f) => f.urn));
  const recorded = new Set(figures.filter((f) => biases.has(`${f.urn}|${f.measure}`)).map((f) => f.urn));
  const schoolsWithRecord = recorded.size;
  return { areas, biases, cityBias: record.cityBias, residuals: pool.length, schools: urns.size, schoolsWithRecord };
}

function attachIntervals(
  areas: AreaForecast[],
  figures: readonly SchoolFigure[],
  areasOf: readonly number[][],
  pool: readonly Map<string, number>[],
  bias: (f: SchoolFigure) => number,
  o: ForecastOptions,
): void {
  const draw = mulberry32(o.seed);
  const schools = [...new Set(figures.map((f) => f.urn))].sort();
  const slot = new Map(schools.map((u, i) => [u, i]));
  const biasOfFigure = figures.map(bias);
  const slotOfFigure = figures.map((f) => slot.get(f.urn)!);
  const rates = areas.map(() => new Float64Array(o.resamples));
  const sums = new Float64Array(areas.length);
  const drawn: Map<string, number>[] = new Array(schools.length);
  for (let r = 0; r < o.resamples; r++) {
    for (let s = 0; s < schools.length; s++) drawn[s] = pool[Math.floor(draw() * pool.length)]!;
    sums.fill(0);
    figures.forEach((f, j) => {
      const epsilon = drawn[slotOfFigure[j]!]!.get(f.measure) ?? 0;
      const count = forecastCount(f.value, f.cohort, biasOfFigure[j]! + epsilon);
      for (const i of areasOf[j]!) sums[i]! += count;
    });
    areas.forEach((a, i) => (rates[i]![r] = (sums[i]! / a.cohort) * 100));
  }
  const tail = (1 - o.intervalLevel) / 2;
  // A measure no past error speaks for (a new framework's) gets no interval rather than a point.
  const measured = new Set(pool.flatMap((entry) => [...entry.keys()]));
  areas.forEach((a, i) => {
    if (!measured.has(a.measure)) return;
    const sorted = [...rates[i]!].sort((x, y) => x - y);
    a.lower = quantileSorted(sorted, tail);
    a.upper = quantileSorted(sorted, 1 - tail);
  });
}
