// Queries a School Improvement Adviser must answer before predictions are published (domain.md,
// Challenge): a prediction well below the school's last actual result, below the floor standard,
// or a group far from the school's whole cohort. Margins and floors are in schemas/settings.json.
import type { Context } from '../../domain/context.js';
import { about, type Message } from '../../messages/message.js';
import { message } from '../../messages/message.js';
import type { NormalisedReturn, ReturnedGroup } from '../../ingest/normalise/normalised-return.js';

/** The school's latest actual result before this year: percent by pupil group and measure. */
export type LastActual = (
  urn: string,
  keyStage: string,
  academicYear: string,
) => { academicYear: string; rates: Map<string, number> } | undefined;

const rateOf = (g: ReturnedGroup, measure: string) => {
  const v = g.values.find((x) => x.measure === measure);
  return v && g.cohort ? (v.value / g.cohort) * 100 : undefined;
};

export function challengeRules(
  ret: NormalisedReturn,
  urn: string,
  lastActual: LastActual,
  { catalogue: cat, settings }: Context,
): Message[] {
  const c = settings.challenge;
  const { academicYear, keyStage, period } = ret.identity;
  if (!academicYear || !keyStage || period === 'Actual') return [];
  const label = (code: string) => cat.pupilGroup(code).label;
  const whole = ret.groups.find((g) => g.pupilGroup === cat.wholeCohort);
  const last = lastActual(urn, keyStage, academicYear);
  const out: Message[] = [];
  for (const g of ret.groups) {
    for (const v of g.values) {
      const m = cat.measure(v.measure);
      if (m.kind !== 'threshold') continue;
      const rate = rateOf(g, v.measure)!;
      const actual = last?.rates.get(`${g.pupilGroup}|${v.measure}`);
      if (actual !== undefined && actual - rate > c.belowLastActualByPoints) {
        out.push(
          about(
            message('challenge.below-last-actual', v.place, {
              measure: m.label,
              group: label(g.pupilGroup),
              rate: rate.toFixed(1),
              actual: actual.toFixed(1),
              year: last!.academicYear,
              margin: c.belowLastActualByPoints,
            }),
            g.pupilGroup,
            v.measure,
          ),
        );
      }
      const floor = c.floorStandards.find(
        (f) => f.academicYear === academicYear && f.measure === v.measure && f.pupilGroup === g.pupilGroup,
      );
      if (floor && rate < floor.percent) {
        out.push(
          about(
            message('challenge.below-floor', v.place, {
              measure: m.label,
              rate: rate.toFixed(1),
              floor: floor.percent,
              year: academicYear,
            }),
            g.pupilGroup,
            v.measure,
          ),
        );
      }
      const wholeRate = whole && g !== whole ? rateOf(whole, v.measure) : undefined;
      if (
        wholeRate !== undefined &&
        c.groupFarFromWholeGroups.includes(g.pupilGroup) &&
        (g.cohort ?? 0) >= c.groupFarFromWholeMinCohort &&
        Math.abs(rate - wholeRate) > c.groupFarFromWholeByPoints
      ) {
        out.push(
          about(
            message('challenge.group-far-from-whole', v.place, {
              measure: m.label,
              group: label(g.pupilGroup),
              rate: rate.toFixed(1),
              whole: wholeRate.toFixed(1),
              margin: c.groupFarFromWholeByPoints,
            }),
            g.pupilGroup,
            v.measure,
          ),
        );
      }
    }
  }
  return out;
}
