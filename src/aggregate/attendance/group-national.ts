// Issues 12 and 14: a pupil group's attendance against the same group nationally (the EES file by
// characteristic). Only national figures of the report's own definition are compared (its half
// terms, its year's persistent-absence threshold); where there is none, the reason is kept so the
// report can say why. Pure: the job reads the store.
import type { Phase } from '../../domain/school-phase.js';

/** A definition of attendance figures: half terms covered and the persistent-absence threshold (percent). */
export interface AttendanceDefinition {
  halfTerms: number;
  paThreshold: number;
}

/** Why a pupil group has no national figure of a rate for a phase. */
export type NoGroupNational =
  /** The national figures stored have no such pupil group in or before the report's year. */
  | { why: 'group' }
  /** They have the group, but not for this phase. */
  | { why: 'phase' }
  /** They have it only of another definition (persistent absence at 10% for a year rated at 15%). */
  | { why: 'definition'; found: AttendanceDefinition; wanted: AttendanceDefinition };

/** One pupil group's national figures for one phase. */
export interface GroupNational {
  pupilGroup: string;
  phase: Phase | 'all';
  /** Rates by code, percent, unrounded: worked out from national counts where the file gave counts. */
  rates: Readonly<Record<string, number>>;
  /** The year each rate is of (the latest not after the report's). */
  years: Readonly<Record<string, string>>;
  /** Each rate asked for that has no national figure, and why. */
  missing: Readonly<Record<string, NoGroupNational>>;
}

/** What the store gives: figures of the report's definition, and what it holds of any definition. */
export interface GroupNationalData {
  /** National rates of the report's definition, by year, phase (key_stage), group and rate code. */
  figures: readonly { academic_year: string; key_stage: string; pupil_group: string; measure: string; value: number }[];
  /** Every national comparator of a pupil group, rate or count, with its definition (0 = not defined by it). */
  held: readonly {
    academic_year: string;
    key_stage: string;
    pupil_group: string;
    measure: string;
    half_terms: number;
    pa_threshold: number;
  }[];
}

export interface GroupNationalAsk {
  academicYear: string;
  definition: AttendanceDefinition;
  /** The rates compared, each with the columns it is built from (attendance.json `rates`). */
  rates: readonly { code: string; of: readonly string[]; per: string }[];
  /** The pupil groups and phases the report has rows of. */
  wanted: readonly { pupilGroup: string; phase: Phase | 'all' }[];
}

/** The national figure of each rate asked for each group and phase, or why there is none. */
export function groupNationals(data: GroupNationalData, ask: GroupNationalAsk): GroupNational[] {
  const upTo = (year: string) => year <= ask.academicYear;
  return ask.wanted.map(({ pupilGroup, phase }) => {
    const rates: Record<string, number> = {};
    const years: Record<string, string> = {};
    const missing: Record<string, NoGroupNational> = {};
    for (const rate of ask.rates) {
      const best = data.figures
        .filter(
          (f) =>
            f.pupil_group === pupilGroup && f.key_stage === phase && f.measure === rate.code && upTo(f.academic_year),
        )
        .sort((a, b) => b.academic_year.localeCompare(a.academic_year))[0];
      if (best) {
        rates[rate.code] = best.value;
        years[rate.code] = best.academic_year;
      } else missing[rate.code] = whyNone(data, ask, pupilGroup, phase, rate);
    }
    return { pupilGroup, phase, rates, years, missing };
  });
}

function whyNone(
  data: GroupNationalData,
  ask: GroupNationalAsk,
  pupilGroup: string,
  phase: Phase | 'all',
  rate: GroupNationalAsk['rates'][number],
): NoGroupNational {
  const ofGroup = data.held.filter((h) => h.pupil_group === pupilGroup && h.academic_year <= ask.academicYear);
  if (ofGroup.length === 0) return { why: 'group' };
  // The rate itself, or the counts it is worked out from, held of some other definition.
  const parts = new Set([rate.code, ...rate.of, rate.per]);
  const w = ask.definition;
  const other = ofGroup
    .filter((h) => h.key_stage === phase && parts.has(h.measure))
    .filter(
      (h) =>
        (h.half_terms !== 0 && h.half_terms !== w.halfTerms) ||
        (h.pa_threshold !== 0 && h.pa_threshold !== w.paThreshold),
    )
    .sort((a, b) => b.academic_year.localeCompare(a.academic_year))[0];
  if (other)
    return {
      why: 'definition',
      found: {
        halfTerms: other.half_terms === 0 ? w.halfTerms : other.half_terms,
        paThreshold: other.pa_threshold === 0 ? w.paThreshold : other.pa_threshold,
      },
      wanted: w,
    };
  return { why: 'phase' };
}

/** The national figure of a rate for a group and phase, from the report's list. */
export function groupNationalOf(
  list: readonly GroupNational[] | undefined,
  pupilGroup: string,
  phase: string,
): GroupNational | undefined {
  return list?.find((g) => g.pupilGroup === pupilGroup && g.phase === phase);
}
