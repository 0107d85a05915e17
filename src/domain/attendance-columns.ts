// The attendance columns' roles (schemas/catalogue/attendance.json), read once into the questions
// the code asks: which column holds the pupils on roll, which the possible sessions, which the
// absence, which pupils are withheld when few. Logic asks these; it never names a column.
import type { AttendanceFile as AttendanceCatalogue, AttendanceRole } from '../../schemas/catalogue.schema.js';

export type AttendanceColumn = AttendanceCatalogue['columns'][number];
export type AttendanceRate = AttendanceCatalogue['rates'][number];

export interface AttendanceColumns {
  all: readonly AttendanceColumn[];
  /** The column of pupils on roll: the base of every pupil rate. */
  pupilsOnRoll: AttendanceColumn;
  /** The column of possible sessions: the base of every session rate. */
  possibleSessions: AttendanceColumn;
  /** The columns of sessions missed, which together are at most the possible sessions. */
  absence: readonly AttendanceColumn[];
  /** Pupils counted by their absence: each at most the pupils on roll. */
  pupilsAbsent: readonly AttendanceColumn[];
  /** Counts of events, summed like sessions and withheld whole when published. */
  events: readonly AttendanceColumn[];
  /** Sessions missed by reason, each a part of one absence column (`partOf`), in catalogue order. */
  reasons: readonly AttendanceColumn[];
  /** The reasons that are parts of one absence column. */
  reasonsOf(absenceCode: string): readonly AttendanceColumn[];
  /** The rate built on one reason alone (its sessions / possible sessions), if the catalogue has one. */
  reasonRate(reasonCode: string): AttendanceRate | undefined;
  rates: readonly AttendanceRate[];
  /** Rates ranked beside the headline ones (severe absence beside persistent). */
  rankedRates: readonly AttendanceRate[];
  /** The rate of absence reports rank, compare with national and set targets for (overall absence). */
  absenceRate: AttendanceRate;
  /** The rate of pupils counted by absence that reports rank and compare (persistent absence). */
  pupilsAbsentRate: AttendanceRate;
  column(code: string): AttendanceColumn | undefined;
  /** Over terms, sessions and events add up; pupils do not (each would be counted once a term). */
  summedOverTerms(code: string): boolean;
}

export function attendanceColumnsOf(catalogue: AttendanceCatalogue): AttendanceColumns {
  const columns = catalogue.columns;
  const withRole = (role: AttendanceRole) => columns.filter((c) => c.role === role);
  const one = (role: AttendanceRole) => {
    const found = withRole(role);
    if (found.length !== 1)
      throw new Error(`catalogue: attendance needs one column of role ${role}, has ${found.length}`);
    return found[0]!;
  };
  const byCode = new Map(columns.map((c) => [c.code, c]));
  for (const rate of catalogue.rates) {
    for (const code of [...rate.of, rate.per])
      if (!byCode.has(code)) throw new Error(`catalogue: rate ${rate.code} names unknown column "${code}"`);
  }
  const reasons = withRole('absence-reason');
  for (const r of reasons)
    if (byCode.get(r.partOf ?? '')?.role !== 'absence-sessions')
      throw new Error(`catalogue: reason ${r.code} must name an absence-sessions column in partOf`);
  const headline = (which: 'absence' | 'pupils-absent') => {
    const found = catalogue.rates.filter((r) => r.headline === which);
    if (found.length !== 1)
      throw new Error(`catalogue: attendance needs one ${which} headline rate, has ${found.length}`);
    return found[0]!;
  };
  return {
    all: columns,
    absenceRate: headline('absence'),
    pupilsAbsentRate: headline('pupils-absent'),
    pupilsOnRoll: one('pupils-on-roll'),
    possibleSessions: one('possible-sessions'),
    absence: withRole('absence-sessions'),
    pupilsAbsent: withRole('pupils-absent'),
    events: withRole('events'),
    reasons,
    reasonsOf: (absenceCode) => reasons.filter((r) => r.partOf === absenceCode),
    reasonRate: (code) =>
      catalogue.rates.find((r) => r.of.length === 1 && r.of[0] === code && r.per === one('possible-sessions').code),
    rates: catalogue.rates,
    rankedRates: catalogue.rates.filter((r) => r.ranked === true),
    column: (code) => byCode.get(code),
    summedOverTerms: (code) => {
      const role = byCode.get(code)?.role;
      return (
        role === 'possible-sessions' || role === 'absence-sessions' || role === 'absence-reason' || role === 'events'
      );
    },
  };
}
