// Predictions aggregated to school, collaborative group and city, by pupil group and measure.
// Every figure comes from counts (domain.md, Formulas): a rate is Σ count / Σ cohort over the
// schools that predicted that measure for that group; a mean is Σ(mean × cohort) / Σ cohort.
import type { Measure } from '../../catalogue/catalogue.js';

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
  const areas = new Map<string, { level: Level; code: string; name: string; parts: SchoolFigure[] }>();
  const add = (level: Level, code: string, name: string, f: SchoolFigure) => {
    const key = `${level}|${code}|${f.pupilGroup}|${f.measure}`;
    let area = areas.get(key);
    if (!area) areas.set(key, (area = { level, code, name, parts: [] }));
    area.parts.push(f);
  };
  for (const f of figures) {
    if (levels.includes('school')) add('school', f.urn, f.schoolName, f);
    if (levels.includes('group') && f.collaborativeGroup) add('group', f.collaborativeGroup, f.collaborativeGroup, f);
    if (levels.includes('city')) add('city', city.code, city.name, f);
  }
  return [...areas.values()].map(({ level, code, name, parts }) => {
    const first = parts[0]!;
    const kind = kindOf(first.measure);
    const cohort = parts.reduce((s, p) => s + p.cohort, 0);
    const base = { level, areaCode: code, areaName: name, pupilGroup: first.pupilGroup, measure: first.measure, kind, cohort, urns: parts.map((p) => p.urn) };
    if (kind === 'mean') return { ...base, value: parts.reduce((s, p) => s + p.value * p.cohort, 0) / cohort };
    const count = parts.reduce((s, p) => s + p.value, 0);
    return { ...base, count, value: (count / cohort) * 100 };
  });
}
