// The fixture city's predicted outcomes, built pupil by pupil and then counted by pupil group,
// so every table is consistent by construction: partitions sum to All pupils, no count exceeds
// its cohort, RWM L4+ never exceeds reading, writing or maths, L5+ ⊆ L4B+ ⊆ L4+, 5+ ⊆ 4+.
// Seeded (mulberry32), no clock: the same school, year and key stage always give the same pupils.
import pupilGroupsJson from '../../schemas/catalogue/pupil-groups.json' with { type: 'json' };
import { mulberry32 } from '../domain/mulberry32.js';

/** A seeded generator with the draws the fixtures need. */
export class Rng {
  private readonly next: () => number;
  constructor(key: string) {
    let h = 0x811c9dc5; // FNV-1a: a key's text picks its own stream, so adding a school moves no other
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    this.next = mulberry32(h);
  }
  uniform(lo = 0, hi = 1): number {
    return lo + (hi - lo) * this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  normal(sd = 1): number {
    return sd * Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** What shapes a school's pupils, stable across years: intake and how well it does. */
export interface SchoolProfile {
  disadvantaged: number;
  eal: number;
  /** Of EAL pupils, the share of Pakistani heritage and of any other White background. */
  pakistani: number;
  otherWhite: number;
  /** Added to every pupil's attainment, in pupil standard deviations. */
  effect: number;
  /** The school's progress: KS2 progress score points, or Progress 8 points at KS4. */
  progress: number;
}

export function schoolProfile(urn: string): SchoolProfile {
  const r = new Rng(`profile|${urn}`);
  return {
    disadvantaged: r.uniform(0.12, 0.55),
    eal: r.uniform(0.04, 0.5),
    pakistani: r.uniform(0.05, 0.55),
    otherWhite: r.uniform(0.2, 0.55),
    effect: r.normal(0.22),
    progress: r.uniform(-1, 1),
  };
}

/** A pupil: the groups they belong to and their outcome on each measure (true/false, or a score). */
export interface Pupil {
  groups: readonly string[];
  outcomes: Readonly<Record<string, boolean | number>>;
}

interface Traits {
  groups: string[];
  ability: number;
  prior: number;
  girl: boolean;
  disadv: boolean;
  sen: boolean;
}

function traits(p: SchoolProfile, r: Rng, uplift: number): Traits {
  const girl = r.chance(0.49);
  const disadv = r.chance(p.disadvantaged);
  const eal = r.chance(p.eal);
  const ethnic = eal
    ? r.chance(p.pakistani)
      ? 'apkn'
      : r.chance(p.otherWhite)
        ? 'woth'
        : undefined
    : r.chance(0.86)
      ? 'wbri'
      : r.chance(0.3)
        ? 'apkn'
        : r.chance(0.2)
          ? 'woth'
          : undefined;
  const sen = r.uniform();
  const senGroups = sen < 0.014 ? ['sen', 'sen_ehcp'] : sen < 0.15 ? ['sen', 'sen_support'] : [];
  const ability =
    r.normal(0.9) + p.effect - (disadv ? 0.35 : 0) - (sen < 0.014 ? 1.8 : sen < 0.15 ? 0.8 : 0) - (eal ? 0.1 : 0);
  const prior = ability + r.normal(0.45);
  const band = prior < -0.85 ? 'pa_low' : prior > 0.7 ? 'pa_high' : 'pa_mid';
  const groups = [
    'all',
    girl ? 'girls' : 'boys',
    disadv ? 'disadv' : 'nondisadv',
    eal ? 'eal' : 'fle',
    ...(ethnic ? [ethnic] : []),
    ...senGroups,
    band,
  ];
  // The uplift moves outcomes only: prior attainment, already measured, stays as it was.
  return { groups, ability: ability + uplift, prior, girl, disadv, sen: senGroups.length > 0 };
}

type Outcomes = (t: Traits, p: SchoolProfile, r: Rng) => Record<string, boolean | number>;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

const ks2Levels: Outcomes = (t, p, r) => {
  const score = (shift: number) => t.ability + shift + r.normal(0.5);
  const [read, writ, mat, gps] = [
    score(t.girl ? 0.1 : -0.05),
    score(t.girl ? 0.15 : -0.1),
    score(t.girl ? -0.05 : 0.05),
    score(t.girl ? 0.1 : -0.1),
  ];
  const twoLevels = (s: number, cut: number) => s - t.prior + r.normal(0.55) + p.progress * 0.2 > cut;
  return {
    ks2_rwm_l4: read > -1.47 && writ > -1.47 && mat > -1.47,
    ks2_rwm_l4b: read > -1.1 && writ > -1.1 && mat > -1.1,
    ks2_rwm_l5: read > 0.05 && writ > 0.05 && mat > 0.05,
    ks2_read_l4: read > -1.47,
    ks2_writ_l4: writ > -1.47,
    ks2_mat_l4: mat > -1.47,
    ks2_gps_l4: gps > -1.1,
    ks2_read_2lp: twoLevels(read, -1.05),
    ks2_writ_2lp: twoLevels(writ, -1.2),
    ks2_mat_2lp: twoLevels(mat, -1.05),
  };
};

const ks2Current: Outcomes = (t, p, r) => {
  const [read, writ, mat] = [t.ability + r.normal(0.5), t.ability + r.normal(0.5), t.ability + r.normal(0.5)];
  const progress = (s: number) =>
    clamp(3 * (s - t.prior) + p.progress * 2.5 - (t.disadv ? 1.2 : 0) + r.normal(4), -14, 14);
  return {
    ks2_rwm_exs: read > -0.7 && writ > -0.7 && mat > -0.7,
    ks2_rwm_high: read > 1.05 && writ > 1.05 && mat > 1.05,
    ks2_read_prog: progress(read),
    ks2_writ_prog: progress(writ),
    ks2_mat_prog: progress(mat),
  };
};

const ks4Levels: Outcomes = (t, p, r) => {
  const [eng, mat, other] = [t.ability + r.normal(0.5), t.ability + r.normal(0.5), t.ability + r.normal(0.4)];
  const expected = (s: number, cut: number) => s - t.prior + r.normal(0.6) + p.progress * 0.4 > cut;
  return {
    ks4_5ac_em: eng > -0.7 && mat > -0.7 && other > -0.95,
    ks4_ep_eng: expected(eng, -0.45),
    ks4_ep_mat: expected(mat, -0.35),
    ks4_ebacc: eng > 0 && mat > 0 && other > 0.1 && r.chance(0.7),
  };
};

const ks4Current: Outcomes = (t, p, r) => {
  const [eng, mat] = [t.ability + r.normal(0.5), t.ability + r.normal(0.5)];
  return {
    ks4_em_4: eng > -0.8 && mat > -0.8,
    ks4_em_5: eng > -0.2 && mat > -0.2,
    ks4_ebacc_entry: t.ability + r.normal(0.7) > 0.15,
    ks4_att8: clamp(51 + 14 * t.ability + r.normal(6), 0, 87),
    ks4_p8: clamp(p.progress * 0.6 + 0.05 - (t.disadv ? 0.35 : 0) - (t.sen ? 0.3 : 0) + r.normal(1.1), -4.9, 4.9),
  };
};

const OUTCOMES: Record<string, Outcomes> = {
  'KS2|levels': ks2Levels,
  'KS2|current': ks2Current,
  'KS4|levels': ks4Levels,
  'KS4|current': ks4Current,
};

/** `cohort` pupils of the school for a key stage and framework; `uplift` shifts attainment (a resubmission's better news). */
export function simulatePupils(
  urn: string,
  key: string,
  cohort: number,
  keyStage: string,
  framework: string,
  uplift = 0,
): Pupil[] {
  const outcomes = OUTCOMES[`${keyStage}|${framework}`];
  if (!outcomes) throw new Error(`no pupil model for ${keyStage} ${framework}`);
  const profile = schoolProfile(urn);
  const r = new Rng(`pupils|${urn}|${key}`);
  return Array.from({ length: cohort }, () => {
    const t = traits(profile, r, uplift);
    return { groups: t.groups, outcomes: outcomes(t, profile, r) };
  });
}

/** A row of a return: a pupil group's cohort and, per measure, a count or a rounded mean. */
export interface GroupRow {
  group: string;
  cohort: number;
  values: number[];
}

/** Decimal places a mean measure is given to; threshold measures are whole counts. */
export const MEAN_DECIMALS: Readonly<Record<string, number>> = {
  ks2_read_prog: 1,
  ks2_writ_prog: 1,
  ks2_mat_prog: 1,
  ks4_att8: 1,
  ks4_p8: 2,
};

/** The table for `measures`, a row per catalogue pupil group that has pupils, in catalogue order. */
export function countByGroup(pupils: readonly Pupil[], measures: readonly string[]): GroupRow[] {
  return pupilGroupsJson.pupilGroups.flatMap(({ code }) => {
    const members = pupils.filter((p) => p.groups.includes(code));
    if (members.length === 0) return [];
    const values = measures.map((m) => {
      const decimals = MEAN_DECIMALS[m];
      if (decimals === undefined) return members.filter((p) => p.outcomes[m] === true).length;
      const mean = members.reduce((s, p) => s + Number(p.outcomes[m]), 0) / members.length;
      return Number(mean.toFixed(decimals)) + 0; // + 0 turns -0 into 0
    });
    return [{ group: code, cohort: members.length, values }];
  });
}
