// Each school's record of predicted against actual (domain.md, step 6), the forecast's evidence:
// for every earlier year with both, and every threshold measure, the school's error in percentage
// points from counts: 100 × (Σ predicted / Σ predicted cohort − Σ actual / Σ actual cohort), summed
// over the pupil groups it both predicted and reported. Positive = over-predicted. By measure,
// because the same optimism moves a measure most pupils reach less than one half of them reach.
import type { Measure } from '../../domain/catalogue.js';
import type { YearFigures } from '../predictions/accuracy.js';
import type { SchoolFigure } from '../predictions/aggregate-predictions.js';

interface Counts {
  predicted: number;
  predictedCohort: number;
  actual: number;
  actualCohort: number;
}

/** One school's error on one measure in one year, and the counts it is made from. */
export interface SchoolYearError extends Counts {
  urn: string;
  academicYear: string;
  measure: string;
  /** Percentage points, positive when the school predicted more than its pupils reached. */
  error: number;
}

/** The record: every school-year-measure error, and the city's pooled error on each measure. */
export interface SchoolRecord {
  errors: SchoolYearError[];
  /** By measure: 100 × (ΣΣ predicted / ΣΣ predicted cohort − ΣΣ actual / ΣΣ actual cohort), all schools and years. */
  cityBias: Map<string, number>;
  years: string[];
}

type KindOf = (measure: string) => Measure['kind'];
const keyOf = (f: SchoolFigure) => `${f.urn}|${f.pupilGroup}|${f.measure}`;
const zero = (): Counts => ({ predicted: 0, predictedCohort: 0, actual: 0, actualCohort: 0 });
const add = (to: Counts, p: number, pc: number, a: number, ac: number) => {
  to.predicted += p;
  to.predictedCohort += pc;
  to.actual += a;
  to.actualCohort += ac;
};
export const pointsBetween = (s: Counts) => 100 * (s.predicted / s.predictedCohort - s.actual / s.actualCohort);

export function schoolRecord(years: readonly YearFigures[], kindOf: KindOf): SchoolRecord {
  const errors: SchoolYearError[] = [];
  const city = new Map<string, Counts>();
  for (const year of years) {
    const actual = new Map(year.actual.map((a) => [keyOf(a), a]));
    const sums = new Map<string, Omit<SchoolYearError, 'error'>>();
    for (const p of year.predicted) {
      const a = actual.get(keyOf(p));
      if (!a || kindOf(p.measure) !== 'threshold' || p.cohort <= 0 || a.cohort <= 0) continue;
      const key = `${p.urn}|${p.measure}`;
      const s = sums.get(key) ?? { urn: p.urn, academicYear: year.academicYear, measure: p.measure, ...zero() };
      add(s, p.value, p.cohort, a.value, a.cohort);
      sums.set(key, s);
      const c = city.get(p.measure) ?? zero();
      add(c, p.value, p.cohort, a.value, a.cohort);
      city.set(p.measure, c);
    }
    for (const s of sums.values()) errors.push({ ...s, error: pointsBetween(s) });
  }
  // In year, URN and measure order, whatever order the store gave: the interval draws by index.
  errors.sort(
    (a, b) =>
      a.academicYear.localeCompare(b.academicYear) || a.urn.localeCompare(b.urn) || a.measure.localeCompare(b.measure),
  );
  return {
    errors,
    cityBias: new Map([...city].map(([m, c]) => [m, pointsBetween(c)])),
    years: [...new Set(errors.map((e) => e.academicYear))].sort(),
  };
}
