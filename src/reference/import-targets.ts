// Targets for the city and for schools (schemas/README.md §5): academic_year,scope,measure,pupil_group,value.
import { targetsFile } from '../../schemas/formats/reference.schema.js';
import { parseAcademicYear } from '../domain/academic-year.js';
import { catalogue } from '../domain/catalogue.js';
import { hasErrors, type Message } from '../messages/message.js';
import { message } from '../messages/message.js';
import type { Store } from '../store/open-store.js';
import { storeTargets } from '../store/queries/reference.js';
import { loadSchools } from '../store/queries/register.js';
import { ATTENDANCE_MEASURES } from './import-comparators.js';
import { readReferenceCsv } from './read-reference-csv.js';
import type { ReferenceImportResult } from './reference-result.js';
import { repeatedKeys } from './repeated-keys.js';

export async function importTargets(store: Store, path: string): Promise<ReferenceImportResult> {
  const cat = catalogue();
  const read = await readReferenceCsv(path, targetsFile);
  const messages: Message[] = [...read.messages];
  const urns = new Set((await loadSchools(store)).map((s) => s.urn));
  const lineOf: number[] = [];
  const rows = read.rows.flatMap(({ line, value: v }) => {
    const bad = (column: string, detail: string) => {
      messages.push(message('reference.bad-row', { file: path, line, column }, { detail }));
      return [];
    };
    const year = parseAcademicYear(v.academicYear);
    if (!year) return bad('academic_year', `academic_year "${v.academicYear}" is not a year as 2014/15`);
    const scope = v.scope.toLowerCase();
    if (scope !== 'city' && !urns.has(scope)) {
      messages.push(
        message('school.not-in-register', { file: path, line, column: 'scope' }, { identifier: `URN ${scope}` }),
      );
      return [];
    }
    const measure =
      cat.measures.find((m) => m.code === v.measure)?.code ??
      (ATTENDANCE_MEASURES.includes(v.measure) ? v.measure : undefined);
    if (!measure) return bad('measure', `measure "${v.measure}" is not a measure code of the catalogue`);
    const group = cat.pupilGroupIndex.find(v.pupilGroup);
    if (!group) return bad('pupil_group', `pupil_group "${v.pupilGroup}" is not in the catalogue`);
    if (cat.measures.find((m) => m.code === measure)?.kind !== 'mean' && (v.value < 0 || v.value > 100))
      return bad('value', `value ${v.value} is not a percentage from 0 to 100`);
    lineOf.push(line);
    return [{ academic_year: year, scope, measure, pupil_group: group.code, value: v.value }];
  });
  messages.push(
    ...repeatedKeys(
      path,
      rows.map((r, i) => ({
        line: lineOf[i]!,
        key: [r.academic_year, r.scope, r.measure, r.pupil_group].join('|'),
        what: `the ${r.academic_year} target for ${r.scope} ${r.measure} ${r.pupil_group}`,
      })),
    ),
  );
  if (hasErrors(messages)) return { file: path, stored: 0, refused: true, messages };
  await storeTargets(store, rows);
  return { file: path, stored: rows.length, refused: false, messages };
}
