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

export interface City {
  code: string;
  name: string;
}

export function aggregatePredictions(
  figures: readonly SchoolFigure[],
  kindOf: (measure: string) => Measure['kind'],
  city: City,
  levels: readonly Level[],
): AreaFigure[] {
  // Sums, not lists of figures: a region's 2,000 schools give 300,000 figures.
  const areas = new Map<
    string,
    {
      level: Level;
      code: string;
      name: string;
      first: SchoolFigure;
      cohort: number;
      sum: number;
      weighted: number;
      urns: string[];
    }
  >();
  const add = (level: Level, code: string, name: string, f: SchoolFigure) => {
    const key = `${level}|${code}|${f.pupilGroup}|${f.measure}`;
    let area = areas.get(key);
    if (!area) areas.set(key, (area = { level, code, name, first: f, cohort: 0, sum: 0, weighted: 0, urns: [] }));
    area.cohort += f.cohort;
    area.sum += f.value;
    area.weighted += f.value * f.cohort;
    area.urns.push(f.urn);
  };
  const bySchool = levels.includes('school');
  const byGroup = levels.includes('group');
  const forCity = levels.includes('city');
  for (const f of figures) {
    if (bySchool) add('school', f.urn, f.schoolName, f);
    if (byGroup && f.collaborativeGroup) add('group', f.collaborativeGroup, f.collaborativeGroup, f);
    if (forCity) add('city', city.code, city.name, f);
  }
  const kinds = new Map<string, Measure['kind']>();
  return [...areas.values()].map(({ level, code, name, first, cohort, sum, weighted, urns }) => {
    let kind = kinds.get(first.measure);
    if (!kind) kinds.set(first.measure, (kind = kindOf(first.measure)));
    const base = {
      level,
      areaCode: code,
      areaName: name,
      pupilGroup: first.pupilGroup,
      measure: first.measure,
      kind,
      cohort,
      urns,
    };
    if (kind === 'mean') return { ...base, value: weighted / cohort };
    return { ...base, count: sum, value: (sum / cohort) * 100 };
  });
}
