// Comparators of one definition only (issue 12): a report compares its own figures with national,
// regional or neighbour figures defined the same way, or with none. A definition column of 0 means
// the figure is not defined by it (an attainment figure has no half terms; overall absence has no
// persistent-absence threshold), so it matches any definition asked for.
import type { Catalogue } from '../../domain/catalogue.js';
import type { ComparatorsTable } from '../database.js';
import type { StoreReader } from '../open-store.js';

/** The definition a report's own figures have. */
export interface ComparatorDefinition {
  /** Half terms the report's attendance figures cover: 6 for a whole year's returns. */
  halfTerms: number;
  /** The persistent-absence threshold (percent of possible sessions) the report rates by. */
  paThreshold: number;
}

/** Which comparators: every field optional; given ones must match exactly. */
export interface ComparatorFilter {
  academicYears?: readonly string[];
  geographicLevel?: string;
  areaName?: string;
  areaCode?: string;
  /** A key stage, or for attendance a phase. */
  keyStage?: string;
  measures?: readonly string[];
  pupilGroups?: readonly string[];
}

export type ComparatorFigure = ComparatorsTable & {
  /** True where the rate was worked out from stored counts (EES sessions and enrolments), not published. */
  fromCounts: boolean;
};

/** The stored comparators (rates, means and counts) of `definition`, as stored. */
export function comparatorsOfDefinition(
  { db }: StoreReader,
  definition: ComparatorDefinition,
  filter: ComparatorFilter = {},
): Promise<ComparatorsTable[]> {
  let q = db
    .selectFrom('comparators')
    .selectAll()
    .where('half_terms', 'in', [0, definition.halfTerms])
    .where('pa_threshold', 'in', [0, definition.paThreshold]);
  // An empty list asks for nothing (and `in ()` is not SQL).
  if (filter.academicYears?.length === 0 || filter.measures?.length === 0 || filter.pupilGroups?.length === 0)
    return Promise.resolve([]);
  if (filter.academicYears) q = q.where('academic_year', 'in', [...filter.academicYears]);
  if (filter.measures) q = q.where('measure', 'in', [...filter.measures]);
  if (filter.geographicLevel) q = q.where('geographic_level', '=', filter.geographicLevel);
  if (filter.areaName) q = q.where('area_name', '=', filter.areaName);
  if (filter.areaCode) q = q.where('area_code', '=', filter.areaCode);
  if (filter.keyStage) q = q.where('key_stage', '=', filter.keyStage);
  if (filter.pupilGroups) q = q.where('pupil_group', 'in', [...filter.pupilGroups]);
  return q.orderBy('academic_year').orderBy('geographic_level').orderBy('area_name').execute();
}

/**
 * The attendance rates of `definition`: those stored as rates, and, where a file gave counts instead
 * (EES), each catalogue rate worked out from them as Σ of / per × 100, never from rounded percentages.
 * A published rate is kept where both exist. `measures` narrows the rates returned.
 */
export async function comparatorRatesOfDefinition(
  reader: StoreReader,
  cat: Catalogue,
  definition: ComparatorDefinition,
  filter: ComparatorFilter = {},
): Promise<ComparatorFigure[]> {
  const rates = cat.attendanceColumns.rates.filter((r) => !filter.measures || filter.measures.includes(r.code));
  const counted = new Set(rates.flatMap((r) => [...r.of, r.per]));
  const rows = await comparatorsOfDefinition(reader, definition, {
    ...filter,
    measures: undefined,
  });
  const wanted = rows.filter((r) => rates.some((rate) => rate.code === r.measure));
  const figures: ComparatorFigure[] = wanted.map((r) => ({ ...r, fromCounts: false }));
  const place = (r: ComparatorsTable) =>
    [r.academic_year, r.geographic_level, r.area_name, r.key_stage, r.pupil_group, r.half_terms].join('|');
  const published = new Set(wanted.map((r) => `${place(r)}|${r.measure}`));
  const counts = new Map<string, ComparatorsTable[]>();
  for (const r of rows.filter((r) => counted.has(r.measure) && r.unit !== 'percent' && r.unit !== 'mean'))
    counts.set(place(r), [...(counts.get(place(r)) ?? []), r]);
  for (const [key, of] of counts) {
    const count = (code: string) => of.find((r) => r.measure === code);
    for (const rate of rates) {
      if (published.has(`${key}|${rate.code}`)) continue;
      const parts = rate.of.map(count);
      const base = count(rate.per);
      if (!base || base.value <= 0 || parts.some((p) => !p)) continue;
      const first = parts[0]!;
      figures.push({
        ...first,
        measure: rate.code,
        unit: 'percent',
        // The rate takes the threshold of the pupils it counts (persistent absentees at 10%).
        pa_threshold: Math.max(...parts.map((p) => p!.pa_threshold)),
        provisional: Math.max(base.provisional, ...parts.map((p) => p!.provisional)),
        value: (parts.reduce((s, p) => s + p!.value, 0) / base.value) * 100,
        fromCounts: true,
      });
    }
  }
  return figures;
}

/** An LA's statistical neighbours, nearest first (SN1 … SN10); none if no list was imported for it. */
export function neighboursOf({ db }: StoreReader, laCode: string) {
  return db.selectFrom('neighbours').selectAll().where('la_code', '=', laCode).orderBy('position').execute();
}
