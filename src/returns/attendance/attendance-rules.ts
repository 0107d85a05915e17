// The rules an attendance return is checked against (schemas/README.md §3): whole counts, absence
// within possible sessions, persistent absentees within enrolments; queries for sessions per
// pupil beyond a term, very high absence, and enrolments that jumped since the last return.
import { catalogue } from '../../domain/catalogue.js';
import type { Message } from '../../messages/message.js';
import { message } from '../../messages/message.js';
import type { NormalisedReturn, ReturnedGroup } from '../../ingest/normalise/normalised-return.js';

/** The school's latest earlier attendance return: its all-pupils enrolments and period. */
export type PreviousEnrolments = (
  urn: string,
  academicYear: string,
  term: string,
) => { enrolments: number; period: string } | undefined;

const label = (code: string) => catalogue().pupilGroup(code).label;
const columnOf = (code: string) => catalogue().attendance.columns.find((c) => c.code === code);
const valueOf = (g: ReturnedGroup, code: string) => g.values.find((v) => v.measure === code);

export function attendanceRules(ret: NormalisedReturn): Message[] {
  const limits = catalogue().attendance;
  return ret.groups.flatMap((g) => {
    const out: Message[] = [];
    for (const v of g.values) {
      const column = columnOf(v.measure);
      const facts = {
        column: column?.label ?? v.measure,
        group: label(g.pupilGroup),
        found: v.returned,
        unit: column?.unit ?? 'pupils',
      };
      if (v.value < 0) out.push(message('attendance.negative', v.place, facts));
      else if (!Number.isInteger(v.value)) out.push(message('attendance.not-whole', v.place, facts));
    }
    const possible = valueOf(g, 'possible_sessions');
    const authorised = valueOf(g, 'authorised_absence');
    const unauthorised = valueOf(g, 'unauthorised_absence');
    const enrolments = valueOf(g, 'enrolments');
    const persistent = valueOf(g, 'persistent_absentees');
    if (possible && authorised && unauthorised) {
      const absence = authorised.value + unauthorised.value;
      if (absence > possible.value) {
        out.push(
          message('attendance.absence-above-possible', possible.place, {
            group: label(g.pupilGroup),
            absence,
            possible: possible.value,
          }),
        );
      } else if (possible.value > 0 && (absence / possible.value) * 100 > limits.overallAbsenceQueryAbovePercent) {
        out.push(
          message('attendance.high-absence', possible.place, {
            group: label(g.pupilGroup),
            rate: ((absence / possible.value) * 100).toFixed(1),
            limit: limits.overallAbsenceQueryAbovePercent,
          }),
        );
      }
    }
    if (persistent && enrolments && persistent.value > enrolments.value) {
      out.push(
        message('attendance.persistent-above-enrolments', persistent.place, {
          group: label(g.pupilGroup),
          persistent: persistent.value,
          enrolments: enrolments.value,
        }),
      );
    }
    if (possible && enrolments && enrolments.value === 0 && possible.value > 0) {
      out.push(
        message('attendance.sessions-without-pupils', possible.place, {
          group: label(g.pupilGroup),
          possible: possible.value,
        }),
      );
    } else if (
      possible &&
      enrolments &&
      enrolments.value > 0 &&
      possible.value / enrolments.value > limits.maxSessionsPerEnrolmentPerTerm
    ) {
      out.push(
        message('attendance.sessions-per-pupil', possible.place, {
          group: label(g.pupilGroup),
          perPupil: Math.round(possible.value / enrolments.value),
          limit: limits.maxSessionsPerEnrolmentPerTerm,
        }),
      );
    }
    return out;
  });
}

/** A query when the whole school's enrolments moved by more than half since its previous return. */
export function enrolmentChange(ret: NormalisedReturn, urn: string, previous: PreviousEnrolments): Message[] {
  const { academicYear, period } = ret.identity;
  const all = ret.groups.find((g) => g.pupilGroup === catalogue().wholeCohort);
  const enrolments = all && valueOf(all, 'enrolments');
  const before = academicYear && period ? previous(urn, academicYear, period) : undefined;
  if (!enrolments || !before || before.enrolments === 0) return [];
  const change = Math.abs(enrolments.value - before.enrolments) / before.enrolments;
  if (change <= catalogue().attendance.enrolmentChangeQueryAboveShare) return [];
  return [
    message('attendance.enrolments-changed', enrolments.place, {
      enrolments: enrolments.value,
      previous: before.enrolments,
      previousPeriod: before.period,
    }),
  ];
}
