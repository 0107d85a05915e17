// Issues 12 and 14: the national attendance of pupil groups (the EES file by characteristic) for the
// attendance report: rates of the report's definition, worked out from the stored counts where the
// file gave counts, and what is held of every definition, so a missing figure can be explained.
import type { GroupNationalData } from '../../aggregate/attendance/group-national.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { StoreReader } from '../open-store.js';
import { comparatorRatesOfDefinition, type ComparatorDefinition } from './comparators-of-definition.js';

const NATIONAL = 'National';

/** National figures of every pupil group but the whole cohort, for `rates` (catalogue codes). */
export async function groupNationalData(
  reader: StoreReader,
  cat: Catalogue,
  definition: ComparatorDefinition,
  rates: readonly string[],
): Promise<GroupNationalData> {
  const whole = cat.wholeCohort;
  const figures = (
    await comparatorRatesOfDefinition(reader, cat, definition, { geographicLevel: NATIONAL, measures: rates })
  )
    .filter((f) => f.pupil_group !== whole)
    .map(({ academic_year, key_stage, pupil_group, measure, value }) => ({
      academic_year,
      key_stage,
      pupil_group,
      measure,
      value,
    }));
  const held = await reader.db
    .selectFrom('comparators')
    .select(['academic_year', 'key_stage', 'pupil_group', 'measure', 'half_terms', 'pa_threshold'])
    .distinct()
    .where('geographic_level', '=', NATIONAL)
    .where('pupil_group', '!=', whole)
    .execute();
  return { figures, held };
}

/** Where a pupil group's national figures of a year and phase came from, and their definitions (explain). */
export async function groupNationalSource(
  reader: StoreReader,
  q: { pupilGroup: string; phase: string; academicYear: string },
): Promise<{ areaName: string; source: string; halfTerms: number; paThreshold: number } | undefined> {
  const rows = await reader.db
    .selectFrom('comparators')
    .select(['area_name', 'source', 'half_terms', 'pa_threshold'])
    .where('geographic_level', '=', NATIONAL)
    .where('pupil_group', '=', q.pupilGroup)
    .where('key_stage', '=', q.phase)
    .where('academic_year', '=', q.academicYear)
    .orderBy('measure')
    .execute();
  const first = rows[0];
  return (
    first && {
      areaName: first.area_name,
      source: first.source,
      halfTerms: Math.max(...rows.map((r) => r.half_terms)),
      paThreshold: Math.max(...rows.map((r) => r.pa_threshold)),
    }
  );
}
