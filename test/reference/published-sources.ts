// The published comparator files as downloaded, in fixtures/sources/ (trimmed line for line; see
// fixtures/README.md), and a look at what an import stored.
import { fileURLToPath } from 'node:url';
import type { Store } from '../../src/store/open-store.js';

const source = (name: string) => fileURLToPath(new URL(`../../fixtures/sources/${name}`, import.meta.url));

export const EES_ABSENCE = source('national-absence-by-characteristic-201213-201617.csv');
export const LAIT = source('lait-attainment-attendance-england-regions-874-neighbours.csv');
export const NEIGHBOURS = source('lait-statistical-neighbours-may-2025.xlsx');
export const OWN_ATTENDANCE = fileURLToPath(
  new URL('../../fixtures/comparators/national-attendance.csv', import.meta.url),
);

/** The comparators stored for one year, level, phase or key stage and group, by measure. */
export async function storedFigures(
  store: Store,
  where: { year: string; level: string; keyStage: string; group: string; area?: string },
) {
  let q = store.db
    .selectFrom('comparators')
    .selectAll()
    .where('academic_year', '=', where.year)
    .where('geographic_level', '=', where.level)
    .where('key_stage', '=', where.keyStage)
    .where('pupil_group', '=', where.group);
  if (where.area) q = q.where('area_name', '=', where.area);
  return q.orderBy('measure').execute();
}
