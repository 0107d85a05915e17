// PredictionsReport rows → the gap charts' rows. Values are taken from the report as built
// (published or not), never recomputed: a cell the report shows as c becomes a row marked
// suppressed with no rate or gap, so a chart cannot show what the tables withhold.
import type { Level } from '../../aggregate/predictions/aggregate-predictions.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { GapRow } from '../charts/index.js';
import type { PredictionsReport, PredictionsRow, Shown } from '../predictions/predictions-report.js';

const numberOf = (v: Shown | undefined): number | undefined => (typeof v === 'number' ? v : undefined);

/** One report row as a chart row. The cohort is carried only in an unpublished report. */
export function gapRowOf(row: PredictionsRow, published: boolean, cat: Catalogue, collaborativeGroup?: string): GapRow {
  const suppressed = row.rate === 'c' || row.gapToNational === 'c';
  const rate = suppressed ? undefined : numberOf(row.rate);
  const gap = suppressed ? undefined : numberOf(row.gapToNational);
  const national = numberOf(row.nationalRate);
  const cohort = published ? undefined : numberOf(row.cohort);
  return {
    areaCode: row.areaCode,
    areaName: row.areaName,
    ...(collaborativeGroup !== undefined ? { collaborativeGroup } : {}),
    pupilGroup: row.pupilGroup,
    pupilGroupLabel: cat.pupilGroup(row.pupilGroup).label,
    measure: row.measure,
    measureLabel: cat.measure(row.measure).label,
    ...(rate !== undefined ? { rate } : {}),
    ...(national !== undefined ? { nationalRate: national } : {}),
    ...(gap !== undefined ? { gapToNational: gap } : {}),
    ...(cohort !== undefined ? { cohort } : {}),
    suppressed,
  };
}

/** The city's gap for every pupil group it has, for one measure, in catalogue order of groups. */
export function cityGapByPupilGroup(report: PredictionsReport, measure: string, cat: Catalogue): GapRow[] {
  return report.rows
    .filter((r) => r.level === 'city' && r.measure === measure)
    .map((r) => gapRowOf(r, report.published, cat));
}

/**
 * One pupil group across schools or collaborative groups, for one measure. `groupOf` names
 * each school's collaborative group (by URN), so the chart can colour schools by it.
 */
export function gapAcrossAreas(
  report: PredictionsReport,
  level: Exclude<Level, 'city'>,
  pupilGroup: string,
  measure: string,
  cat: Catalogue,
  groupOf: ReadonlyMap<string, string> = new Map(),
): GapRow[] {
  return report.rows
    .filter((r) => r.level === level && r.pupilGroup === pupilGroup && r.measure === measure)
    .map((r) => gapRowOf(r, report.published, cat, level === 'school' ? groupOf.get(r.areaCode) : undefined));
}
