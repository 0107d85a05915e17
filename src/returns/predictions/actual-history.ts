// Each school's actual results by key stage and year, loaded once per import, for the query
// "a prediction below the school's last actual result".
import type { Catalogue } from '../../domain/catalogue.js';
import type { StoreReader } from '../../store/open-store.js';
import { actualResults } from '../../store/queries/actual-results.js';
import type { LastActual } from './challenge-rules.js';

export async function loadLastActual(store: StoreReader, cat: Catalogue): Promise<LastActual> {
  const byReturn = new Map<string, Map<string, number>>();
  for (const r of await actualResults(store)) {
    if (!r.cohort || cat.measure(r.measure).kind !== 'threshold') continue;
    const key = `${r.urn}|${r.key_stage}|${r.academic_year}`;
    if (!byReturn.has(key)) byReturn.set(key, new Map());
    byReturn.get(key)!.set(`${r.pupil_group}|${r.measure}`, (r.value / r.cohort) * 100);
  }
  return (urn, keyStage, academicYear) => {
    const earlier = [...byReturn.keys()]
      .filter((k) => k.startsWith(`${urn}|${keyStage}|`) && k.split('|')[2]! < academicYear)
      .sort()
      .at(-1);
    return earlier ? { academicYear: earlier.split('|')[2]!, rates: byReturn.get(earlier)! } : undefined;
  };
}
