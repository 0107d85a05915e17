// The project's own comparators csv (schemas/README.md §5), by catalogue code. It does not say its
// definitions, so it is read as having the tool's own: the half terms of published-comparators.json
// and, for persistent absence, the threshold the catalogue sets for the row's year.
import type { PublishedComparators } from '../../schemas/formats/published-comparators.schema.js';
import { comparatorsFile, GEOGRAPHIC_LEVELS } from '../../schemas/formats/reference.schema.js';
import { persistentAbsenceThreshold } from '../aggregate/attendance/persistent-threshold.js';
import { parseAcademicYear } from '../domain/academic-year.js';
import type { Catalogue } from '../domain/catalogue.js';
import type { Message } from '../messages/message.js';
import { message } from '../messages/message.js';
import type { ComparatorRow } from '../store/queries/reference.js';
import { unitOf } from './comparator-unit.js';
import { readReferenceCsv } from './read-reference-csv.js';
import type { ComparatorReading } from './comparator-reading.js';

/** Attendance comparators' measures and phases (schemas/README.md §5), beside the catalogue's. */
export const ATTENDANCE_MEASURES = [
  'overall_absence_rate',
  'authorised_absence_rate',
  'unauthorised_absence_rate',
  'persistent_absence_rate',
];
export const ATTENDANCE_PHASES = ['primary', 'secondary', 'special', 'pru', 'nursery', 'all'];

export async function readOwnComparators(
  path: string,
  cat: Catalogue,
  map: PublishedComparators,
): Promise<ComparatorReading> {
  const pupilsAbsent = new Set(cat.attendanceColumns.pupilsAbsent.map((c) => c.code));
  const read = await readReferenceCsv(path, comparatorsFile);
  const messages: Message[] = [...read.messages];
  const levels = new Map(GEOGRAPHIC_LEVELS.map((l) => [l.toLowerCase(), l]));
  const lineOf: number[] = [];
  const rows: ComparatorRow[] = read.rows.flatMap(({ line, value: v }) => {
    const bad = (column: string, detail: string) => {
      messages.push(message('reference.bad-row', { file: path, line, column }, { detail }));
      return [];
    };
    const year = parseAcademicYear(v.timePeriod);
    if (!year) return bad('time_period', `time_period "${v.timePeriod}" is not a year as 201415`);
    const level = levels.get(v.geographicLevel.toLowerCase());
    if (!level)
      return bad(
        'geographic_level',
        `geographic_level "${v.geographicLevel}" is not one of ${GEOGRAPHIC_LEVELS.join(', ')}`,
      );
    const group = cat.pupilGroupIndex.find(v.pupilGroup);
    if (!group) return bad('pupil_group', `pupil_group "${v.pupilGroup}" is not in the catalogue`);
    const keyStage =
      cat.keyStageIndex.find(v.keyStage)?.code ??
      (ATTENDANCE_PHASES.includes(v.keyStage.toLowerCase()) ? v.keyStage.toLowerCase() : undefined);
    if (!keyStage)
      return bad('key_stage', `key_stage "${v.keyStage}" is not a key stage or primary, secondary, special, all`);
    const known = cat.measures.find((m) => m.code === v.measure);
    // Any attendance rate of the catalogue (severe absence, each reason: issue 14) has national figures too.
    const attendanceRate = cat.attendanceColumns.rates.some((r) => r.code === v.measure);
    const measure = known?.code ?? (ATTENDANCE_MEASURES.includes(v.measure) || attendanceRate ? v.measure : undefined);
    if (!measure) return bad('measure', `measure "${v.measure}" is not a measure code of the catalogue`);
    // A rate is a percentage; a mean (a progress or Attainment 8 score) may be any number.
    if (known?.kind !== 'mean' && (v.value < 0 || v.value > 100))
      return bad('value', `value ${v.value} is not a percentage from 0 to 100`);
    lineOf.push(line);
    const rate = cat.attendanceColumns.rates.find((r) => r.code === measure);
    // A rate of pupils counted by their absence (persistent absence) has the threshold of its year.
    const threshold = rate?.of.some((c) => pupilsAbsent.has(c))
      ? (persistentAbsenceThreshold(year, cat.attendance.persistentAbsenceThresholds) ?? 0)
      : 0;
    return [
      {
        academic_year: year,
        geographic_level: level,
        area_name: v.areaName,
        area_code: '',
        key_stage: keyStage,
        measure,
        pupil_group: group.code,
        half_terms: rate ? map.ownCsvDefinition.halfTerms : 0,
        pa_threshold: threshold,
        unit: unitOf(cat, measure)!,
        provisional: 0,
        source: 'comparators csv',
        value: v.value,
      },
    ];
  });
  return { rows, lines: lineOf, messages };
}
