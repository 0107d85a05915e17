// Each school's place in the city: rank by overall and by persistent absence (rank 1 = lowest
// absence; ties share a rank, domain.md) and its quartile of overall absence, from the rates the
// report shows. A school with no rate shown (not returned, or withheld) takes no place.
import { quartileCuts, quartileOf, rankSchools } from './index.js';
import type { SchoolAttendance } from './attendance-report.js';

/** Sets rankOverall, rankPersistent and quartileOverall on `schools`, replacing any set before. */
export function rankSchoolsInReport(schools: SchoolAttendance[], whole: string): void {
  const rateOf = (s: SchoolAttendance, rate: 'overallAbsenceRate' | 'persistentAbsenceRate') => {
    const f = s.byGroup.get(whole);
    return f?.status === 'returned' ? f.rates[rate] : undefined;
  };
  for (const s of schools) {
    delete s.rankOverall;
    delete s.rankPersistent;
    delete s.quartileOverall;
  }
  for (const { item, rank } of rankSchools(schools, (s) => rateOf(s, 'overallAbsenceRate'), 'lowest first').ranked)
    item.rankOverall = rank;
  for (const { item, rank } of rankSchools(schools, (s) => rateOf(s, 'persistentAbsenceRate'), 'lowest first').ranked)
    item.rankPersistent = rank;
  const cuts = quartileCuts(schools.map((s) => rateOf(s, 'overallAbsenceRate')));
  for (const s of schools) {
    const v = rateOf(s, 'overallAbsenceRate');
    if (cuts && v !== undefined) s.quartileOverall = quartileOf(v, cuts);
  }
}
