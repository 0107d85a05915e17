// Each school's place in the city: rank by overall and by persistent absence (rank 1 = lowest
// absence; ties share a rank, domain.md) and its quartile of overall absence, from the rates the
// report shows. A school with no rate shown (not returned, or withheld) takes no place.
import type { AttendanceColumns } from '../../domain/attendance-columns.js';
import { quartileCuts, quartileOf, rankSchools } from './index.js';
import type { SchoolAttendance } from './attendance-report.js';

/** Sets rankOverall, rankPersistent and quartileOverall on `schools`, replacing any set before. */
export function rankSchoolsInReport(schools: SchoolAttendance[], whole: string, columns: AttendanceColumns): void {
  const overall = columns.absenceRate.code;
  const persistent = columns.pupilsAbsentRate.code;
  const rateOf = (s: SchoolAttendance, rate: string) => {
    const f = s.byGroup.get(whole);
    return f?.status === 'returned' ? f.rates[rate] : undefined;
  };
  for (const s of schools) {
    delete s.rankOverall;
    delete s.rankPersistent;
    delete s.quartileOverall;
    delete s.ranks;
  }
  // Each rate ranked beside the headlines (severe absence): rank 1 = the lowest, as persistent absence.
  for (const rate of columns.rankedRates)
    for (const { item, rank } of rankSchools(schools, (s) => rateOf(s, rate.code), 'lowest first').ranked)
      item.ranks = { ...item.ranks, [rate.code]: rank };
  for (const { item, rank } of rankSchools(schools, (s) => rateOf(s, overall), 'lowest first').ranked)
    item.rankOverall = rank;
  for (const { item, rank } of rankSchools(schools, (s) => rateOf(s, persistent), 'lowest first').ranked)
    item.rankPersistent = rank;
  const cuts = quartileCuts(schools.map((s) => rateOf(s, overall)));
  for (const s of schools) {
    const v = rateOf(s, overall);
    if (cuts && v !== undefined) s.quartileOverall = quartileOf(v, cuts);
  }
}
