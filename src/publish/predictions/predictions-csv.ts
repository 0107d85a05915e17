// The tidy CSV: one row per level, area, pupil group and measure, codes not labels.
import { csvText } from '../writers/csv-text.js';
import type { PredictionsReport } from './predictions-report.js';

export const PREDICTIONS_CSV_COLUMNS = [
  'level',
  'area_code',
  'area_name',
  'academic_year',
  'key_stage',
  'round',
  'pupil_group',
  'measure',
  'cohort',
  'count',
  'rate',
  'national_rate',
  'national_year',
  'gap_to_national',
  'national_other_rate',
  'gap_to_national_other',
];

export function predictionsCsv(report: PredictionsReport): string {
  return csvText(
    PREDICTIONS_CSV_COLUMNS,
    report.rows.map((r) => [
      r.level,
      r.areaCode,
      r.areaName,
      report.academicYear,
      report.keyStage,
      report.round,
      r.pupilGroup,
      r.measure,
      r.cohort,
      r.count,
      r.rate,
      r.nationalRate,
      r.nationalYear ?? report.academicYear,
      r.gapToNational,
      r.nationalOtherRate,
      r.gapToNationalOther,
    ]),
  );
}
