// Collaborative group and triad membership by academic year (schemas/README.md §5). A file replaces the
// membership of each year it covers, so importing a corrected list leaves no stale rows.
import { groupsFile } from '../../schemas/formats/reference.schema.js';
import { parseAcademicYear } from '../domain/academic-year.js';
import { hasErrors, type Message } from '../messages/message.js';
import { message } from '../messages/message.js';
import type { Store } from '../store/open-store.js';
import { replaceMemberships } from '../store/queries/reference.js';
import { loadSchools } from '../store/queries/register.js';
import { readReferenceCsv } from './read-reference-csv.js';
import type { ReferenceImportResult } from './reference-result.js';

export async function importGroups(store: Store, path: string): Promise<ReferenceImportResult> {
  const read = await readReferenceCsv(path, groupsFile);
  const messages: Message[] = [...read.messages];
  const urns = new Set((await loadSchools(store)).map((s) => s.urn));
  const seen = new Map<string, number>();
  const rows = read.rows.flatMap(({ line, value }) => {
    const place = { file: path, line };
    const year = parseAcademicYear(value.academicYear);
    if (!year) {
      messages.push(
        message(
          'reference.bad-row',
          { ...place, column: 'academic_year' },
          { detail: `academic_year "${value.academicYear}" is not a year as 2014/15` },
        ),
      );
      return [];
    }
    if (!urns.has(value.urn)) {
      messages.push(message('school.not-in-register', { ...place, column: 'urn' }, { identifier: `URN ${value.urn}` }));
      return [];
    }
    const key = `${value.urn}|${year}`;
    if (seen.has(key)) {
      messages.push(
        message('reference.bad-row', place, {
          detail: `URN ${value.urn} is already in a group for ${year} on line ${seen.get(key)}`,
        }),
      );
      return [];
    }
    seen.set(key, line);
    return [
      {
        urn: value.urn,
        academic_year: year,
        collaborative_group: value.collaborativeGroup,
        triad: value.triad ?? null,
      },
    ];
  });
  if (hasErrors(messages)) return { file: path, stored: 0, refused: true, messages };
  const years = [...new Set(rows.map((r) => r.academic_year))];
  await replaceMemberships(store, years, rows);
  return { file: path, stored: rows.length, refused: false, messages };
}
