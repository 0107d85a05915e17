// Ofsted inspections (schemas/README.md §5): the management-information CSV as Ofsted publishes it,
// read for the register's schools only (the file covers all England). Each line gives a school's
// overall effectiveness and the inspection's start date (or publication date); a line with no
// judgement (a monitoring visit, "Not judged", NULL) is skipped and counted, never refused.
import { ofstedFile } from '../../schemas/formats/reference.schema.js';
import { hasErrors, message, type Message } from '../messages/message.js';
import type { Store } from '../store/open-store.js';
import { storeInspections, type InspectionRow } from '../store/queries/ofsted.js';
import { loadSchools } from '../store/queries/register.js';
import { readReferenceCsv } from './read-reference-csv.js';
import type { ReferenceImportResult } from './reference-result.js';
import { repeatedKeys } from './repeated-keys.js';

/** Overall effectiveness as the grade or its words (Satisfactory: grade 3 before September 2012). */
const JUDGEMENTS: Readonly<Record<string, string>> = {
  '1': 'Outstanding',
  outstanding: 'Outstanding',
  '2': 'Good',
  good: 'Good',
  '3': 'Requires improvement',
  'requires improvement': 'Requires improvement',
  satisfactory: 'Requires improvement',
  '4': 'Inadequate',
  inadequate: 'Inadequate',
};
const NO_JUDGEMENT = new Set(['', 'null', '9', 'not judged', 'not applicable', 'n/a']);

/** 31/08/2013, 31-08-2013 or 2013-08-31 (a time of day after it dropped) as 2013-08-31. */
function isoDate(text: string | undefined): string | undefined {
  const t = (text ?? '').trim().slice(0, 10);
  const dmy = /^(\d{2})[/-](\d{2})[/-](\d{4})$/.exec(t);
  const iso = dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : undefined;
  if (!iso) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

export async function importOfsted(store: Store, path: string): Promise<ReferenceImportResult> {
  const urns = new Set((await loadSchools(store)).map((s) => s.urn));
  const read = await readReferenceCsv(path, ofstedFile, { keep: (r) => urns.has((r['urn'] ?? '').trim()) });
  const messages: Message[] = [...read.messages];
  // Both date columns are optional by name, but a file in which no line is dated has neither.
  if (
    read.rows.length > 0 &&
    read.rows.every((r) => r.value.started === undefined && r.value.published === undefined)
  ) {
    const columns = ['Inspection start date'];
    messages.push(message('reference.missing-columns', { file: path, line: 1 }, { columns }));
    return { file: path, stored: 0, refused: true, messages };
  }
  let skipped = 0;
  const lines: number[] = [];
  const rows = read.rows.flatMap(({ line, value: v }): InspectionRow[] => {
    const said = (v.judgement ?? '').trim().toLowerCase();
    if (NO_JUDGEMENT.has(said)) return (skipped++, []);
    const judgement = JUDGEMENTS[said];
    const bad = (column: string, detail: string) => {
      messages.push(message('reference.bad-row', { file: path, line, column }, { detail }));
      return [];
    };
    if (!judgement)
      return bad('Overall effectiveness', `Overall effectiveness "${v.judgement}" is not 1 to 4 or its words`);
    const date = isoDate(v.started) ?? isoDate(v.published);
    if (!date)
      return bad('Inspection start date', `the inspection date "${v.started ?? v.published ?? ''}" is not a date`);
    lines.push(line);
    return [{ urn: v.urn, inspection_date: date, judgement }];
  });
  messages.push(
    ...repeatedKeys(
      path,
      rows.map((r, i) => ({
        line: lines[i]!,
        key: `${r.urn}|${r.inspection_date}`,
        what: `the inspection of URN ${r.urn} on ${r.inspection_date}`,
      })),
    ),
  );
  if (skipped > 0) messages.push(message('ofsted.no-judgement', { file: path }, { skipped }));
  if (hasErrors(messages)) return { file: path, stored: 0, refused: true, messages };
  await storeInspections(store, rows);
  return { file: path, stored: rows.length, refused: false, messages };
}
