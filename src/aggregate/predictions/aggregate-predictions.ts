// Predictions aggregated to school, collaborative group and city, by pupil group and measure.
// Every figure comes from counts (domain.md, Formulas): a rate is Σ count / Σ cohort over the
// schools that predicted that measure for that group; a mean is Σ(mean × cohort) / Σ cohort.
import type { Measure } from '../../domain/catalogue.js';

/** One school's returned figure for a pupil group and measure. */
export interface SchoolFigure {
  urn: string;
  schoolName: string;
  collaborativeGroup?: string;
  pupilGroup: string;
  cohort: number;
  measure: string;
  /** A count of pupils (threshold) or the group's mean (mean). */
  value: number;
}

export type Level = 'school' | 'group' | 'city';

/** An area's figure for a pupil group and measure. */
export interface AreaFigure {
  level: Level;
  areaCode: string;
  areaName: string;
  pupilGroup: string;
  measure: string;
  kind: Measure['kind'];
  /** Pupils in the group at the schools that predicted this measure: the rate's denominator. */
  cohort: number;
  /** Pupils predicted to reach it (threshold measures). */
  count?: number;
  /** Percent for a threshold measure; the cohort-weighted mean for a mean measure. Unrounded. */
  value: number;
  /** The schools whose figures make this one. */
  urns: string[];
}

type Urns = string | readonly string[];

export interface City {
  code: string;
  name: string;
}

/**
 * The figures of the schools of one collaborative group (or of the schools in none) for a pupil group
 * and measure, summed in the store (GROUP BY) for a report that shows no school: the same sums the
 * schools' figures would give, so the areas made from them are the same.
 */
export interface GroupSum {
  /** Absent for the schools in no collaborative group: they count for the city alone. */
  collaborativeGroup?: string;
  pupilGroup: string;
  measure: string;
  /** Σ cohort. */
  cohort: number;
  /** Σ value: pupils reaching a threshold measure. */
  sum: number;
  /** Σ value × cohort: a mean measure's numerator. */
  weighted: number;
  /** The schools summed, in URN order. */
  urns: string[];
}

/** A round summed in the store for a report that shows no school: group sums, and the figures beside them. */
export interface RoundSums {
  sums: readonly GroupSum[];
  /** Figures the store did not sum: those a school left blank and an adviser agreed after challenge. */
  agreedBlanks: readonly SchoolFigure[];
}

/**
 * Areas from schools' figures, from group sums, or both (a group sum and the few figures the store
 * could not sum, such as an agreed figure the school left blank): each is added as a part.
 */
export function aggregatePredictions(
  figures: readonly SchoolFigure[],
  kindOf: (measure: string) => Measure['kind'],
  city: City,
  levels: readonly Level[],
  groupSums: readonly GroupSum[] = [],
): AreaFigure[] {
  // Sums, not lists of figures: a region's 2,000 schools give 300,000 figures.
  const areas = new Map<string, Omit<GroupSum, 'collaborativeGroup'> & { level: Level; code: string; name: string }>();
  type Part = Pick<GroupSum, 'pupilGroup' | 'measure' | 'cohort'>;
  // Scalars, not a part object per figure: the school level adds 300,000 of them.
  const add = (level: Level, code: string, name: string, p: Part, sum: number, weighted: number, urns: Urns) => {
    const key = `${level}|${code}|${p.pupilGroup}|${p.measure}`;
    let area = areas.get(key);
    if (!area) {
      const { pupilGroup, measure } = p;
      areas.set(key, (area = { level, code, name, pupilGroup, measure, cohort: 0, sum: 0, weighted: 0, urns: [] }));
    }
    area.cohort += p.cohort;
    area.sum += sum;
    area.weighted += weighted;
    if (typeof urns === 'string') area.urns.push(urns);
    else for (const urn of urns) area.urns.push(urn);
  };
  const bySchool = levels.includes('school');
  const byGroup = levels.includes('group');
  const forCity = levels.includes('city');
  if (bySchool && groupSums.length > 0) throw new Error('aggregatePredictions: group sums hold no school figures');
  for (const g of groupSums) {
    if (byGroup && g.collaborativeGroup)
      add('group', g.collaborativeGroup, g.collaborativeGroup, g, g.sum, g.weighted, g.urns);
    if (forCity) add('city', city.code, city.name, g, g.sum, g.weighted, g.urns);
  }
  for (const f of figures) {
    const weighted = f.value * f.cohort;
    if (bySchool) add('school', f.urn, f.schoolName, f, f.value, weighted, f.urn);
    if (byGroup && f.collaborativeGroup)
      add('group', f.collaborativeGroup, f.collaborativeGroup, f, f.value, weighted, f.urn);
    if (forCity) add('city', city.code, city.name, f, f.value, weighted, f.urn);
  }
  const kinds = new Map<string, Measure['kind']>();
  return [...areas.values()].map(({ level, code, name, pupilGroup, measure, cohort, sum, weighted, urns }) => {
    let kind = kinds.get(measure);
    if (!kind) kinds.set(measure, (kind = kindOf(measure)));
    const base = { level, areaCode: code, areaName: name, pupilGroup, measure, kind, cohort, urns };
    if (kind === 'mean') return { ...base, value: weighted / cohort };
    return { ...base, count: sum, value: (sum / cohort) * 100 };
  });
}
