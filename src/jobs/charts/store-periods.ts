// The periods the store holds current accepted returns for: prediction rounds of a key stage,
// and attendance terms. Sorted oldest first.
import type { Term } from '../../aggregate/attendance/index.js';
import { startYearOf } from '../../domain/academic-year.js';
import { catalogue } from '../../domain/catalogue.js';
import type { Store } from '../../store/open-store.js';
import { periodsWithReturns } from '../../store/queries/returns-for-period.js';

export interface StoredPeriod {
  academicYear: string;
  /** A prediction round (Autumn … Actual) or an attendance term. */
  period: string;
}

const byYearThen = (order: readonly { code: string }[]) => (a: StoredPeriod, b: StoredPeriod) =>
  startYearOf(a.academicYear) - startYearOf(b.academicYear) ||
  order.findIndex((o) => o.code === a.period) - order.findIndex((o) => o.code === b.period);

/** Every (year, round) with current accepted prediction returns for the key stage. */
export async function predictionRounds(store: Store, keyStage: string): Promise<StoredPeriod[]> {
  return (await periodsWithReturns(store, 'predictions', keyStage)).sort(byYearThen(catalogue().rounds));
}

/** Every (year, term) with current accepted attendance returns. */
export async function attendanceTerms(store: Store): Promise<{ academicYear: string; term: Term }[]> {
  const terms = catalogue().terms;
  return (await periodsWithReturns(store, 'attendance'))
    .filter((p) => terms.some((t) => t.code === p.period))
    .sort(byYearThen(catalogue().terms))
    .map((p) => ({ academicYear: p.academicYear, term: p.period as Term }));
}
