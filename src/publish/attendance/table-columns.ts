// The tidy attendance table's column names, from the catalogue: each attendance column and rate by
// its code, and the ranks, gaps, changes and target named after the headline rates, so a column or
// rate added to schemas/catalogue/attendance.json appears in every output with no code change.
import type { AttendanceColumns } from '../../domain/attendance-columns.js';

export interface AttendanceTableColumns {
  /** Every column, in the order the csv and xlsx write them. */
  all: readonly string[];
  /** The figures a withheld group shows as c (every count but events, every rate). */
  figures: readonly string[];
  /** Pupils counted by absence and the rates built on them: withheld when few. */
  pupilsAbsent: readonly string[];
  /** Counts of events: withheld whole when published. */
  events: readonly string[];
  absenceRate: string;
  pupilsAbsentRate: string;
  rankAbsence: string;
  rankPupilsAbsent: string;
  quartileAbsence: string;
  nationalAbsence: string;
  gapAbsence: string;
  nationalPupilsAbsent: string;
  gapPupilsAbsent: string;
  changeAbsence: string;
  changePupilsAbsent: string;
  targetAbsence: string;
  /** Each rate ranked beside the headlines (severe absence): its rank, national figure and gap to it. */
  ranked: readonly { rate: string; rank: string; national: string; gap: string }[];
  /** The national figure of each other rate beyond the headlines (authorised, each reason). */
  nationalOthers: readonly { rate: string; national: string }[];
}

export function attendanceTableColumns(columns: AttendanceColumns): AttendanceTableColumns {
  const stem = (rateCode: string) => rateCode.replace(/_rate$/, '');
  const absence = columns.absenceRate.code;
  const pupilsAbsentRate = columns.pupilsAbsentRate.code;
  const perSessions = columns.rates.filter((r) => r.per === columns.possibleSessions.code).map((r) => r.code);
  const absentCodes = new Set(columns.pupilsAbsent.map((c) => c.code));
  const ratesOfAbsent = columns.rates.filter((r) => r.of.some((c) => absentCodes.has(c)));
  // Each count of pupils absent, followed by the rates built on it.
  const absentBlock = columns.pupilsAbsent.flatMap((c) => [
    c.code,
    ...ratesOfAbsent.filter((r) => r.of.includes(c.code)).map((r) => r.code),
  ]);
  const named = {
    absenceRate: absence,
    pupilsAbsentRate,
    rankAbsence: `rank_${stem(absence)}`,
    rankPupilsAbsent: `rank_${stem(pupilsAbsentRate)}`,
    quartileAbsence: `quartile_${stem(absence)}`,
    nationalAbsence: `national_${absence}`,
    gapAbsence: `gap_${stem(absence)}`,
    nationalPupilsAbsent: `national_${pupilsAbsentRate}`,
    gapPupilsAbsent: `gap_${stem(pupilsAbsentRate)}`,
    changeAbsence: `change_${stem(absence)}`,
    changePupilsAbsent: `change_${stem(pupilsAbsentRate)}`,
    targetAbsence: `target_${stem(absence)}`,
  };
  const headlines = new Set([absence, pupilsAbsentRate]);
  const ranked = columns.rankedRates.map((r) => ({
    rate: r.code,
    rank: `rank_${stem(r.code)}`,
    national: `national_${r.code}`,
    gap: `gap_${stem(r.code)}`,
  }));
  const nationalOthers = columns.rates
    .filter((r) => !headlines.has(r.code) && r.ranked !== true)
    .map((r) => ({ rate: r.code, national: `national_${r.code}` }));
  const figures = [columns.pupilsOnRoll.code, columns.possibleSessions.code, ...perSessions, ...absentBlock];
  const events = columns.events.map((c) => c.code);
  return {
    ...named,
    ranked,
    nationalOthers,
    figures,
    pupilsAbsent: [...absentCodes, ...ratesOfAbsent.map((r) => r.code)],
    events,
    all: [
      'level',
      'area_code',
      'area_name',
      'phase',
      'academic_year',
      'term',
      'period',
      'pupil_group',
      'status',
      ...figures,
      named.rankAbsence,
      named.rankPupilsAbsent,
      named.quartileAbsence,
      named.nationalAbsence,
      named.gapAbsence,
      named.nationalPupilsAbsent,
      named.gapPupilsAbsent,
      named.changeAbsence,
      named.changePupilsAbsent,
      'trend',
      named.targetAbsence,
      'target_rating',
      'target_reason',
      ...events,
      ...ranked.flatMap((r) => [r.rank, r.national, r.gap]),
      ...nationalOthers.map((r) => r.national),
      'collaborative_group',
    ],
  };
}
