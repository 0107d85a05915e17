// A deterministic synthetic KS2 2014/15 school for the bench: a cohort of pupils drawn from a
// seeded PRNG, then counted per pupil group and measure. Counting pupils (rather than drawing
// counts) makes every return consistent by construction: parts of a partition sum to the whole,
// RWM L5+ ≤ RWM L4B+ ≤ RWM L4+ ≤ each subject's L4+, and no count exceeds its cohort. Pure.
import { mulberry32 } from '../domain/mulberry32.js';

interface Pupil {
  boy: boolean;
  disadv: boolean;
  eal: boolean;
  ethnicity: 'wbri' | 'woth' | 'apkn' | 'other';
  sen: 'none' | 'support' | 'ehcp';
  prior: 'low' | 'mid' | 'high';
  /** Fine-graded teacher-assessed level, e.g. 4.4 (4B is 4.33 and above). */
  read: number;
  writ: number;
  mat: number;
  gps: number;
  progress: [boolean, boolean, boolean];
}

/** The 16 pupil groups of the catalogue, as the proforma labels them, and who belongs. */
export const PUPIL_GROUPS: readonly { label: string; has: (p: Pupil) => boolean }[] = [
  { label: 'All pupils', has: () => true },
  { label: 'Boys', has: (p) => p.boy },
  { label: 'Girls', has: (p) => !p.boy },
  { label: 'EAL', has: (p) => p.eal },
  { label: 'First language English', has: (p) => !p.eal },
  { label: 'White British', has: (p) => p.ethnicity === 'wbri' },
  { label: 'Any other White background', has: (p) => p.ethnicity === 'woth' },
  { label: 'Pakistani heritage', has: (p) => p.ethnicity === 'apkn' },
  { label: 'Disadvantaged (FSM/PPG)', has: (p) => p.disadv },
  { label: 'Other pupils (not disadvantaged)', has: (p) => !p.disadv },
  { label: 'SEN (support or EHC plan)', has: (p) => p.sen !== 'none' },
  { label: 'SEN support', has: (p) => p.sen === 'support' },
  { label: 'EHC plan or statement', has: (p) => p.sen === 'ehcp' },
  { label: 'Low prior attainers', has: (p) => p.prior === 'low' },
  { label: 'Middle prior attainers', has: (p) => p.prior === 'mid' },
  { label: 'Higher prior attainers', has: (p) => p.prior === 'high' },
];

const all3 = (p: Pupil, level: number) => p.read >= level && p.writ >= level && p.mat >= level;

/** The KS2 measures of the levels framework (all ten in the catalogue), by proforma label. */
export const MEASURES: readonly { code: string; label: string; reached: (p: Pupil) => boolean }[] = [
  { code: 'ks2_rwm_l4', label: 'RWM L4+', reached: (p) => all3(p, 4) },
  { code: 'ks2_rwm_l4b', label: 'RWM L4B+', reached: (p) => all3(p, 4 + 1 / 3) },
  { code: 'ks2_rwm_l5', label: 'RWM L5+', reached: (p) => all3(p, 5) },
  { code: 'ks2_read_l4', label: 'Reading L4+', reached: (p) => p.read >= 4 },
  { code: 'ks2_writ_l4', label: 'Writing L4+', reached: (p) => p.writ >= 4 },
  { code: 'ks2_mat_l4', label: 'Maths L4+', reached: (p) => p.mat >= 4 },
  { code: 'ks2_gps_l4', label: 'GPS L4+', reached: (p) => p.gps >= 4 },
  { code: 'ks2_read_2lp', label: '2LP Reading', reached: (p) => p.progress[0] },
  { code: 'ks2_writ_2lp', label: '2LP Writing', reached: (p) => p.progress[1] },
  { code: 'ks2_mat_2lp', label: '2LP Maths', reached: (p) => p.progress[2] },
];

/** One row of the proforma's table: a pupil group's cohort and a count per measure. */
export interface GroupRow {
  label: string;
  cohort: number;
  counts: number[];
}

export interface SyntheticSchool {
  urn: string;
  establishmentNumber: string;
  name: string;
  rows: GroupRow[];
}

const FIRST = [
  'Alder',
  'Beech',
  'Cedar',
  'Elm',
  'Hazel',
  'Holly',
  'Larch',
  'Maple',
  'Oak',
  'Rowan',
  'St Mary’s',
  'St John’s',
  'Willow',
  'Yew',
];
const SECOND = ['Bank', 'Brook', 'Field', 'Green', 'Hill', 'Lane', 'Park', 'Vale', 'Wood'];
const KIND = ['Primary School', 'Primary Academy', 'Junior School', 'CE Primary School'];

/** School i of the bench: URN 500000+i, LA 874, establishment number 2000+i (i < 8000). */
export function syntheticSchool(i: number): SyntheticSchool {
  const rnd = mulberry32(Math.imul(i + 1, 0x9e3779b1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const schoolEffect = 0.25 * normal();
  const size = 20 + Math.floor(rnd() * 71);
  const pupils: Pupil[] = [];
  for (let j = 0; j < size; j++) {
    // The first pupils cover every category, so no group has a cohort of 0 (which is an error).
    const ethnicity =
      j < 4
        ? (['wbri', 'woth', 'apkn', 'other'] as const)[j]!
        : rnd() < 0.6
          ? 'wbri'
          : pick(['woth', 'apkn', 'other'] as const);
    const sen =
      j < 3 ? (['none', 'support', 'ehcp'] as const)[j]! : rnd() < 0.82 ? 'none' : rnd() < 0.85 ? 'support' : 'ehcp';
    const prior = j < 3 ? (['low', 'mid', 'high'] as const)[j]! : pick(['low', 'mid', 'mid', 'high'] as const);
    const disadv = j < 2 ? j === 0 : rnd() < 0.3;
    // Subjects share the pupil's attainment, so they move together as real levels do.
    const ability =
      { low: 4.2, mid: 4.9, high: 5.5 }[prior] -
      (disadv ? 0.2 : 0) -
      { none: 0, support: 0.5, ehcp: 1.2 }[sen] +
      schoolEffect +
      0.35 * normal();
    const level = () => ability + 0.3 * normal();
    const progress = () => rnd() < (sen === 'none' ? 0.93 : 0.8);
    pupils.push({
      boy: j < 2 ? j === 0 : rnd() < 0.5,
      disadv,
      eal: j < 2 ? j === 0 : rnd() < 0.2,
      ethnicity,
      sen,
      prior,
      read: level(),
      writ: level(),
      mat: level(),
      gps: level(),
      progress: [progress(), progress(), progress()],
    });
  }
  const rows = PUPIL_GROUPS.map(({ label, has }) => {
    const members = pupils.filter(has);
    return { label, cohort: members.length, counts: MEASURES.map((m) => members.filter(m.reached).length) };
  });
  const name = `${pick(FIRST)} ${pick(SECOND)} ${pick(KIND)}`;
  return { urn: String(500000 + i), establishmentNumber: String(2000 + i), name, rows };
}
