// The figures a report sets beside national (issue 12, item 3): every LA's and region's comparator
// of the report's year and definition, and the city's statistical neighbours.
import type { BenchmarkData, BenchmarkFigure } from '../../aggregate/benchmarks/benchmarks.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { ComparatorsTable } from '../database.js';
import type { StoreReader } from '../open-store.js';
import {
  comparatorRatesOfDefinition,
  comparatorsOfDefinition,
  neighboursOf,
  type ComparatorDefinition,
} from './comparators-of-definition.js';

/** The geographic levels as the comparator readers store them (LAIT, EES, the comparators csv). */
const LA_LEVEL = 'Local authority';
const REGION_LEVEL = 'Regional';

const asFigure = (r: ComparatorsTable): BenchmarkFigure => ({
  areaCode: r.area_code,
  areaName: r.area_name,
  keyStage: r.key_stage,
  measure: r.measure,
  pupilGroup: r.pupil_group,
  value: r.value,
});

export interface BenchmarkQuery {
  academicYear: string;
  cityCode: string;
  regionName?: string;
  /** The report's own definition: attainment's figures have none, and match any. */
  definition: ComparatorDefinition;
  /** Attendance: rates (worked out from counts where a file gave counts), not the counts themselves. */
  attendance?: Catalogue;
}

export async function benchmarkData(reader: StoreReader, q: BenchmarkQuery): Promise<BenchmarkData> {
  const at = (geographicLevel: string) =>
    q.attendance
      ? comparatorRatesOfDefinition(reader, q.attendance, q.definition, {
          academicYears: [q.academicYear],
          geographicLevel,
        })
      : comparatorsOfDefinition(reader, q.definition, { academicYears: [q.academicYear], geographicLevel });
  const [las, regions, neighbours] = await Promise.all([
    at(LA_LEVEL),
    at(REGION_LEVEL),
    neighboursOf(reader, q.cityCode),
  ]);
  return {
    cityCode: q.cityCode,
    ...(q.regionName ? { regionName: q.regionName } : {}),
    neighbours: neighbours.map((n) => n.neighbour_code),
    las: las.map(asFigure),
    regions: regions.map(asFigure),
  };
}
