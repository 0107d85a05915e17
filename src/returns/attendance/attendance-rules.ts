// The rules an attendance return is checked against (schemas/README.md §3), each following from the
// columns' roles in schemas/catalogue/attendance.json, so a new column brings its own checks: whole
// counts; absence within possible sessions; pupils counted by absence within those on roll; queries
// for sessions per pupil beyond a term, a rate above its limit, and enrolments that jumped.
import type { Catalogue } from '../../domain/catalogue.js';
import type { Message } from '../../messages/message.js';
import { message } from '../../messages/message.js';
import type { NormalisedReturn, ReturnedGroup } from '../../ingest/normalise/normalised-return.js';
import type { ReturnRule } from '../return-kind.js';

/** The school's latest earlier attendance return: its all-pupils enrolments and period. */
export type PreviousEnrolments = (
  urn: string,
  academicYear: string,
  term: string,
) => { enrolments: number; period: string } | undefined;

const valueOf = (g: ReturnedGroup, code: string) => g.values.find((v) => v.measure === code);

/** The checks of one catalogue's columns; a test may give its own catalogue. */
export function attendanceRulesFor(cat: Catalogue): (ret: NormalisedReturn) => Message[] {
  const limits = cat.attendance;
  const columns = cat.attendanceColumns;
  const label = (code: string) => cat.pupilGroup(code).label;
  return (ret: NormalisedReturn) =>
    ret.groups.flatMap((g) => {
      const out: Message[] = [];
      const group = label(g.pupilGroup);
      for (const v of g.values) {
        const column = columns.column(v.measure);
        const facts = { column: column?.label ?? v.measure, group, found: v.returned, unit: column?.unit ?? 'pupils' };
        if (v.value < 0) out.push(message('attendance.negative', v.place, facts));
        else if (!Number.isInteger(v.value)) out.push(message('attendance.not-whole', v.place, facts));
      }
      const possible = valueOf(g, columns.possibleSessions.code);
      const roll = valueOf(g, columns.pupilsOnRoll.code);
      const absence = columns.absence.map((c) => valueOf(g, c.code));
      if (possible && absence.every((a) => a !== undefined)) {
        const missed = absence.reduce((sum, a) => sum + a!.value, 0);
        if (missed > possible.value)
          out.push(
            message('attendance.absence-above-possible', possible.place, {
              group,
              parts: columns.absence.map((c) => c.label),
              absence: missed,
              possible: possible.value,
              possibleLabel: columns.possibleSessions.label,
            }),
          );
      }
      for (const m of reasonsAgainstTotals(g, columns, group)) out.push(m);
      for (const rate of limits.rates) {
        const base = valueOf(g, rate.per);
        const parts = rate.of.map((code) => valueOf(g, code));
        if (rate.queryAbovePercent === undefined || !base || base.value <= 0 || parts.some((p) => !p)) continue;
        const percent = (parts.reduce((sum, p) => sum + p!.value, 0) / base.value) * 100;
        // Above its base it is already refused; the query is for a rate that is possible but unlikely.
        if (percent > rate.queryAbovePercent && percent <= 100)
          out.push(
            message('attendance.high-absence', base.place, {
              rate: rate.label,
              group,
              percent: percent.toFixed(1),
              limit: rate.queryAbovePercent,
            }),
          );
      }
      for (const column of columns.pupilsAbsent) {
        const absent = valueOf(g, column.code);
        if (absent && roll && absent.value > roll.value)
          out.push(
            message('attendance.absent-above-roll', absent.place, {
              group,
              column: column.label,
              count: absent.value,
              roll: roll.value,
              rollLabel: columns.pupilsOnRoll.label,
            }),
          );
      }
      if (possible && roll && roll.value === 0 && possible.value > 0) {
        out.push(message('attendance.sessions-without-pupils', possible.place, { group, possible: possible.value }));
      } else if (
        possible &&
        roll &&
        roll.value > 0 &&
        possible.value / roll.value > limits.maxSessionsPerEnrolmentPerTerm
      ) {
        out.push(
          message('attendance.sessions-per-pupil', possible.place, {
            group,
            perPupil: Math.round(possible.value / roll.value),
            limit: limits.maxSessionsPerEnrolmentPerTerm,
          }),
        );
      }
      return out;
    });
}

/**
 * The reasons given for one absence total against it: more sessions than the total is an error (one
 * of the figures is wrong), fewer a query (some absence has no reason). Reasons not given are not checked.
 */
function reasonsAgainstTotals(g: ReturnedGroup, columns: Catalogue['attendanceColumns'], group: string): Message[] {
  const out: Message[] = [];
  for (const total of columns.absence) {
    const given = columns.reasonsOf(total.code).flatMap((c) => {
      const v = valueOf(g, c.code);
      return v ? [{ column: c, value: v }] : [];
    });
    const absence = valueOf(g, total.code);
    if (given.length === 0 || !absence) continue;
    const count = given.reduce((sum, r) => sum + r.value.value, 0);
    const facts = {
      group,
      column: total.label,
      parts: given.map((r) => r.column.label),
      count,
      absence: absence.value,
    };
    if (count > absence.value) out.push(message('attendance.reasons-above-total', absence.place, facts));
    else if (count < absence.value) out.push(message('attendance.reasons-below-total', absence.place, facts));
  }
  return out;
}

export const attendanceRules: ReturnRule = (ret, { catalogue }) => attendanceRulesFor(catalogue)(ret);

/** A query when the whole school's enrolments moved by more than half since its previous return. */
export function enrolmentChange(
  ret: NormalisedReturn,
  urn: string,
  previous: PreviousEnrolments,
  cat: Catalogue,
): Message[] {
  const { academicYear, period } = ret.identity;
  const all = ret.groups.find((g) => g.pupilGroup === cat.wholeCohort);
  const enrolments = all && valueOf(all, cat.attendanceColumns.pupilsOnRoll.code);
  const before = academicYear && period ? previous(urn, academicYear, period) : undefined;
  if (!enrolments || !before || before.enrolments === 0) return [];
  const change = Math.abs(enrolments.value - before.enrolments) / before.enrolments;
  if (change <= cat.attendance.enrolmentChangeQueryAboveShare) return [];
  return [
    message('attendance.enrolments-changed', enrolments.place, {
      enrolments: enrolments.value,
      previous: before.enrolments,
      previousPeriod: before.period,
    }),
  ];
}
