// Reads a published predictions csv (schemas/README.md; README "The predictions table") into
// cells and relations. A school's cohort for a pupil group is one figure across measures (one
// variable); an area's cohort and count for a measure are the sums over the schools printed with
// that measure and group; counts lie between 0 and their cohort; a shown rate or gap pins a count.
import type { Publication } from './publication.js';
import { applyPartitions, note, pinRate, shownRate, type Present } from './relations.js';
import type { Structure } from './structure.js';

export type Row = Record<string, string>;

export function addPredictions(pub: Publication, rows: Row[], source: string, structure: Structure): void {
  const present: Present = new Map();
  const presentInAreas: Present = new Map();
  /** Per table, pupil group and measure: the schools printed, then the areas printed. */
  const schools = new Map<string, { urn: string; year: string }[]>();
  const areas = new Map<string, { level: string; code: string }[]>();
  for (const r of rows) {
    const table = `${r['key_stage']} ${r['academic_year']} ${r['round']}`;
    const level = r['level']!;
    const area = `${level} ${r['area_code']}`;
    const group = r['pupil_group']!;
    const measure = r['measure']!;
    const isMean = (r['count'] ?? '').trim() === 'z';
    const cohort = cohortId(table, level, r['area_code']!, group, measure);
    if (!pub.printed(cohort, r['cohort'], source)) continue;
    const slot = `${table}|${group}|${measure}`;
    if (level === 'school') push(schools, slot, { urn: r['area_code']!, year: r['academic_year']! });
    else push(areas, slot, { level, code: r['area_code']! });
    // A school's cohort partitions once, whatever the measure; an area's per measure.
    const byLevel = level === 'school' ? present : presentInAreas;
    note(byLevel, `${table}|${area}|${level === 'school' ? '' : measure}|cohort`, group, cohort);
    if (isMean) continue;
    const count = `${table}|${area}|${group}|${measure}|count`;
    const cell = pub.printed(count, r['count'], source);
    if (!cell) continue;
    cell.cohort = cohort;
    note(byLevel, `${table}|${area}|${measure}|count`, group, count);
    pub.atMost([count], cohort, source, 'count ≤ cohort');
    rateRelations(pub, r, count, cohort, source);
  }
  for (const [slot, list] of areas) {
    const [table, group, measure] = slot.split('|') as [string, string, string];
    const members = schools.get(slot) ?? [];
    for (const { level, code } of list) {
      const inArea = members.filter((s) => level === 'city' || structure.groupOf(s.urn, s.year) === code);
      const why = `${level} = Σ its schools`;
      const cohort = cohortId(table, level, code, group, measure);
      pub.sum(
        cohort,
        inArea.map((s) => cohortId(table, 'school', s.urn, group, measure)),
        source,
        why,
      );
      const count = `${table}|${level} ${code}|${group}|${measure}|count`;
      if (!pub.cells.has(count)) continue;
      pub.sum(
        count,
        inArea.map((s) => `${table}|school ${s.urn}|${group}|${measure}|count`),
        source,
        why,
      );
    }
  }
  // An area's partitions follow from its schools' through the sums, and only there can they be
  // trusted: a school that predicted a measure for all pupils but not for boys breaks all = boys +
  // girls in the city's row (in the demo's 2014/15 Autumn table, 110029 for Maths 2LP).
  applyPartitions(pub, schools.size > 0 ? present : presentInAreas, structure.partitions, source);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function cohortId(table: string, level: string, code: string, group: string, measure: string): string {
  return level === 'school'
    ? `${table}|school ${code}|${group}|cohort`
    : `${table}|${level} ${code}|${group}|${measure}|cohort`;
}

/** A shown rate (or national + gap) pins the count; for the disadvantaged, the gap to other pupils too. */
function rateRelations(pub: Publication, r: Row, count: string, cohort: string, source: string): void {
  const shown =
    shownRate(r['rate'], r['national_rate'], r['gap_to_national']) ??
    shownRate(undefined, r['national_other_rate'], r['gap_to_national_other']);
  if (shown) pinRate(pub, count, cohort, shown, source);
}
