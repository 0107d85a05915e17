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

/** Every (year, term) with current accepted attendance returns, of the term or of a half of it. */
export async function attendanceTerms(store: Store): Promise<{ academicYear: string; term: Term }[]> {
  const { terms, halfTerms } = catalogue();
  const termOf = (period: string) => halfTerms.find((h) => h.code === period)?.term ?? period;
  const seen = new Map<string, StoredPeriod>();
  for (const p of await periodsWithReturns(store, 'attendance')) {
    const period = termOf(p.period);
    if (terms.some((t) => t.code === period)) seen.set(`${p.academicYear}|${period}`, { ...p, period });
  }
  return [...seen.values()]
    .sort(byYearThen(terms))
    .map((p) => ({ academicYear: p.academicYear, term: p.period as Term }));
}
