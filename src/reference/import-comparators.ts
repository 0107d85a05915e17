// National, regional, statistical-neighbour and LA comparators (schemas/README.md §5), by catalogue code.
import { comparatorsFile, GEOGRAPHIC_LEVELS } from '../../schemas/formats/reference.schema.js';
import { parseAcademicYear } from '../domain/academic-year.js';
import { catalogue } from '../domain/catalogue.js';
import { hasErrors, type Message } from '../messages/message.js';
import { message } from '../messages/message.js';
import type { Store } from '../store/open-store.js';
import { storeComparators } from '../store/queries/reference.js';
import { readReferenceCsv } from './read-reference-csv.js';
import type { ReferenceImportResult } from './reference-result.js';
import { repeatedKeys } from './repeated-keys.js';

/** Attendance comparators' measures and phases (schemas/README.md §5), beside the catalogue's. */
export const ATTENDANCE_MEASURES = [
  'overall_absence_rate',
  'authorised_absence_rate',
  'unauthorised_absence_rate',
  'persistent_absence_rate',
];
export const ATTENDANCE_PHASES = ['primary', 'secondary', 'special', 'pru', 'nursery', 'all'];

export async function importComparators(store: Store, path: string): Promise<ReferenceImportResult> {
  const cat = catalogue();
  const read = await readReferenceCsv(path, comparatorsFile);
  const messages: Message[] = [...read.messages];
  const levels = new Map(GEOGRAPHIC_LEVELS.map((l) => [l.toLowerCase(), l]));
  const lineOf: number[] = [];
  const rows = read.rows.flatMap(({ line, value: v }) => {
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
    const measure = known?.code ?? (ATTENDANCE_MEASURES.includes(v.measure) ? v.measure : undefined);
    if (!measure) return bad('measure', `measure "${v.measure}" is not a measure code of the catalogue`);
    // A rate is a percentage; a mean (a progress or Attainment 8 score) may be any number.
    if (known?.kind !== 'mean' && (v.value < 0 || v.value > 100))
      return bad('value', `value ${v.value} is not a percentage from 0 to 100`);
    lineOf.push(line);
    return [
      {
        academic_year: year,
        geographic_level: level,
        area_name: v.areaName,
        key_stage: keyStage,
        measure,
        pupil_group: group.code,
        value: v.value,
      },
    ];
  });
  messages.push(
    ...repeatedKeys(
      path,
      rows.map((r, i) => ({
        line: lineOf[i]!,
        key: [r.academic_year, r.geographic_level, r.area_name, r.key_stage, r.measure, r.pupil_group].join('|'),
        what: `${r.measure} for ${r.pupil_group}, ${r.area_name} ${r.key_stage} ${r.academic_year}`,
      })),
    ),
  );
  if (hasErrors(messages)) return { file: path, stored: 0, refused: true, messages };
  await storeComparators(store, rows);
  return { file: path, stored: rows.length, refused: false, messages };
}
