// A small random city for the attacker (issue 10, item 3): collaborative groups of schools (some
// schools in none), each school's pupils with the traits the catalogue's pupil groups are made of,
// and per pupil a score for each measure and an absence mark for each term. Every figure a school
// returns is counted from its pupils, so partitions, subsets and count ≤ cohort hold as they do in
// life, and a group may be small or empty. The pupils stay inside the generator: what the attacker
// sees is only what the product publishes from their counts.
import fc from 'fast-check';

/** The catalogue's pupil groups by the trait that makes them (schemas/catalogue/pupil-groups.json). */
export const GROUPINGS = {
  gender: ['boys', 'girls'],
  disadvantage: ['disadv', 'nondisadv'],
  language: ['eal', 'fle'],
  sen: ['sen', 'sen_support', 'sen_ehcp'],
  prior: ['pa_low', 'pa_mid', 'pa_high'],
  ethnicity: ['wbri', 'woth', 'apkn'],
  care: ['cla'],
} as const;
export type Grouping = keyof typeof GROUPINGS;
const GROUPING_NAMES = Object.keys(GROUPINGS) as Grouping[];

/** KS2 threshold measures of 2014/15 (schemas/catalogue/measures.json, the levels framework). */
export const MEASURES = ['ks2_rwm_l4', 'ks2_mat_l4', 'ks2_read_2lp'] as const;
export const ROUNDS = ['Autumn', 'Spring', 'Actual'] as const;
export const YEARS = ['2013/14', '2014/15'] as const;
export const TERMS = ['Autumn', 'Spring', 'Summer'] as const;
export const PHASES = ['primary', 'secondary', 'special'] as const;

/**
 * One pupil: a trait per grouping, in GROUPINGS' order (gender 0 boy; disadvantage, language and
 * care 0 in the group; sen 0 none, 1 support, 2 EHC plan; prior 0 low …; ethnicity 3 none of the
 * three), a score 0–9 per measure and an absence mark 0–9 per year and term.
 */
export interface Pupil {
  traits: number[];
  scores: number[];
  absence: number[];
}

export interface CitySchool {
  phase: (typeof PHASES)[number];
  /** Index into the city's collaborative groups; undefined: in none. */
  group?: number;
  pupils: Pupil[];
  /** Per round and measure: a pupil reaches the measure if its score is below this (0: none, 10: all). */
  reach: number[][];
  /** Per year and term: a pupil is a persistent absentee if its mark is below this. */
  absentBelow: number[];
  /** Per year and term: whether the school sent that term's attendance return. */
  returned: boolean[];
  /** Whether it returns a pupil group it has no pupils in (as 0), or leaves the group out. */
  returnsEmptyGroups: boolean;
}

export interface City {
  groups: number;
  groupings: Grouping[];
  measures: number;
  rounds: number;
  years: number;
  /** Attendance returns are sent for the first `terms` terms of each year (each school may miss some). */
  terms: number;
  schools: CitySchool[];
}

/** How large a city may be: the attack's time grows quickly with each. */
export interface CitySize {
  maxSchools: number;
  /** Pupils in a school (its cohort of all pupils). */
  maxPupils: number;
  /** Groupings reported beside all pupils (gender, SEN, …), measures, rounds, attendance years. */
  maxGroupings?: number;
  maxMeasures?: number;
  maxRounds?: number;
  maxYears?: number;
  /** Terms of a year with attendance returns: the first 1..maxTerms. */
  maxTerms?: number;
  /** Whether a school may return figures (of 0) for a pupil group it has no pupils in; default yes. */
  emptyGroups?: boolean;
}

const YEAR_TERMS = YEARS.length * TERMS.length;
const int = (max: number) => fc.integer({ min: 0, max });

// Traits drawn with the rarer groups rarer: care (0 = looked after) one in six.
const traitsArb = fc.tuple(int(1), int(1), int(1), int(2), int(2), int(3), int(5)).map((t) => [...t]);
const pupilArb: fc.Arbitrary<Pupil> = fc.record({
  traits: traitsArb,
  scores: fc.array(int(9), { minLength: MEASURES.length, maxLength: MEASURES.length }),
  absence: fc.array(int(9), { minLength: YEAR_TERMS, maxLength: YEAR_TERMS }),
});

// Thresholds weighted to the ends, so whole groups reaching a measure (or none) are common.
const thresholdArb = fc.oneof(fc.constantFrom(0, 10), int(10));

function schoolArb(groups: number, size: CitySize): fc.Arbitrary<CitySchool> {
  return fc.record(
    {
      phase: fc.constantFrom(...PHASES),
      group: fc.option(int(groups - 1), { nil: undefined, freq: 4 }),
      pupils: fc.array(pupilArb, { maxLength: size.maxPupils }),
      reach: fc.array(fc.array(thresholdArb, { minLength: MEASURES.length, maxLength: MEASURES.length }), {
        minLength: ROUNDS.length,
        maxLength: ROUNDS.length,
      }),
      absentBelow: fc.array(fc.oneof(fc.constant(0), int(4)), { minLength: YEAR_TERMS, maxLength: YEAR_TERMS }),
      returned: fc.array(fc.oneof(fc.constant(true), fc.boolean()), { minLength: YEAR_TERMS, maxLength: YEAR_TERMS }),
      returnsEmptyGroups: size.emptyGroups === false ? fc.constant(false) : fc.boolean(),
    },
    { requiredKeys: ['phase', 'pupils', 'reach', 'absentBelow', 'returned', 'returnsEmptyGroups'] },
  );
}

export function cityArb(size: CitySize): fc.Arbitrary<City> {
  return fc.integer({ min: 1, max: 3 }).chain((groups) =>
    fc.record({
      groups: fc.constant(groups),
      groupings: fc.subarray(GROUPING_NAMES, { minLength: 1, maxLength: size.maxGroupings ?? 2 }),
      measures: fc.integer({ min: 1, max: size.maxMeasures ?? MEASURES.length }),
      rounds: fc.integer({ min: 1, max: size.maxRounds ?? ROUNDS.length }),
      years: fc.integer({ min: 1, max: size.maxYears ?? YEARS.length }),
      terms: fc.integer({ min: 1, max: size.maxTerms ?? TERMS.length }),
      schools: fc.array(schoolArb(groups, size), { minLength: 1, maxLength: size.maxSchools }),
    }),
  );
}

/** The pupil groups a pupil is in, of one grouping (none of the three ethnicities, no SEN: none). */
export function groupsOfPupil(pupil: Pupil, grouping: Grouping): string[] {
  const k = GROUPING_NAMES.indexOf(grouping);
  const t = pupil.traits[k]!;
  switch (grouping) {
    case 'sen':
      return t === 0 ? [] : ['sen', t === 1 ? 'sen_support' : 'sen_ehcp'];
    case 'ethnicity':
      return t === 3 ? [] : [GROUPINGS.ethnicity[t]!];
    case 'care':
      return t === 0 ? ['cla'] : [];
    default:
      return [GROUPINGS[grouping][t]!];
  }
}

/** The city's reported pupil groups: all pupils, then each grouping's in catalogue order. */
export function reportedGroups(city: City): string[] {
  return ['all', ...city.groupings.flatMap((g) => GROUPINGS[g])];
}

/** The pupil groups a school returns figures for: those it has pupils in, or all reported. */
export function groupsReturned(school: CitySchool, city: City): string[] {
  const groups = reportedGroups(city);
  return school.returnsEmptyGroups ? groups : groups.filter((g) => pupilsIn(school.pupils, g, city).length > 0);
}

export function pupilsIn(pupils: readonly Pupil[], group: string, city: City): Pupil[] {
  if (group === 'all') return [...pupils];
  const grouping = city.groupings.find((g) => (GROUPINGS[g] as readonly string[]).includes(group))!;
  return pupils.filter((p) => groupsOfPupil(p, grouping).includes(group));
}

export const urnOf = (k: number) => String(100001 + k);
export const groupName = (k: number) => ['North', 'South', 'East'][k]!;
