// Each school's bias on each measure, shrunk toward the city's where its record is short
// (empirical Bayes, the prior's strength k stated in schemas/settings.json, forecast.shrinkageYears):
//   b_s,m = w × mean_t(e_s,m,t) + (1 − w) × B_m,   w = n / (n + k)
// e_s,m,t: the school's error on measure m in year t (school-record.ts), n: its years of record on
// m, B_m: the city's pooled error on m. A school with no record takes the city's (w = 0), and a
// measure the city has no record of takes no correction.
import type { SchoolRecord } from './school-record.js';

export interface SchoolBiasEstimate {
  urn: string;
  measure: string;
  /** Years of record, n. */
  years: number;
  /** Mean of the school's yearly errors, percentage points; undefined with no record. */
  ownBias?: number;
  /** w = n / (n + k). */
  weight: number;
  /** The bias the forecast takes off the prediction, percentage points. */
  bias: number;
}

export type Biases = Map<string, SchoolBiasEstimate>;
const keyOf = (urn: string, measure: string) => `${urn}|${measure}`;

export function shrunkBiases(record: SchoolRecord, k: number): Biases {
  const errorsOf = new Map<string, number[]>();
  for (const e of record.errors) {
    const key = keyOf(e.urn, e.measure);
    errorsOf.set(key, [...(errorsOf.get(key) ?? []), e.error]);
  }
  const out: Biases = new Map();
  for (const [key, errors] of errorsOf) {
    const [urn, measure] = key.split('|') as [string, string];
    const n = errors.length;
    const ownBias = errors.reduce((s, e) => s + e, 0) / n;
    const weight = n / (n + k);
    const bias = weight * ownBias + (1 - weight) * (record.cityBias.get(measure) ?? 0);
    out.set(key, { urn, measure, years: n, ownBias, weight, bias });
  }
  return out;
}

/** The estimate for a school and measure: the city's bias where the school has no record of it. */
export function biasOf(biases: Biases, record: SchoolRecord, urn: string, measure: string): SchoolBiasEstimate {
  return (
    biases.get(keyOf(urn, measure)) ?? { urn, measure, years: 0, weight: 0, bias: record.cityBias.get(measure) ?? 0 }
  );
}

/**
 * The past errors the interval resamples, one entry per school and year: by measure, the error
 * less that school's shrunk bias (what was left unexplained once the bias was taken off), less the
 * mean of those on the measure, so the draws spread around the forecast rather than lean back
 * toward each school's own bias. Pooled over the city, so a school with a short record draws from
 * everyone's; an entry is drawn whole, so a school's measures keep moving together as they did.
 */
export function residuals(record: SchoolRecord, biases: Biases): Map<string, number>[] {
  const entries = new Map<string, Map<string, number>>();
  const sums = new Map<string, { total: number; n: number }>();
  for (const e of record.errors) {
    const key = `${e.academicYear}|${e.urn}`;
    const entry = entries.get(key) ?? new Map<string, number>();
    const residual = e.error - biasOf(biases, record, e.urn, e.measure).bias;
    entry.set(e.measure, residual);
    entries.set(key, entry);
    const sum = sums.get(e.measure) ?? { total: 0, n: 0 };
    sums.set(e.measure, { total: sum.total + residual, n: sum.n + 1 });
  }
  const centre = new Map([...sums].map(([m, s]) => [m, s.total / s.n]));
  return [...entries.values()].map((entry) => new Map([...entry].map(([m, r]) => [m, r - centre.get(m)!])));
}
