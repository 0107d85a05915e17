// The schools register from a GIAS establishment extract as downloaded (schemas/README.md §5):
// Windows-1252, every GIAS column, all of England; only the configured LAs' schools are kept.
import { gias } from '../../schemas/formats/reference.schema.js';
import { hasErrors } from '../messages/message.js';
import { message } from '../messages/message.js';
import type { Store } from '../store/open-store.js';
import { storeSchools } from '../store/queries/reference.js';
import { readReferenceCsv } from './read-reference-csv.js';
import type { ReferenceImportResult } from './reference-result.js';
import { repeatedKeys } from './repeated-keys.js';

export async function importRegister(
  store: Store,
  path: string,
  laCodes: readonly string[],
): Promise<ReferenceImportResult> {
  const wanted = new Set(laCodes.map((c) => c.trim()));
  const read = await readReferenceCsv(path, gias, { keep: (r) => wanted.has((r['laCode'] ?? '').trim()) });
  const messages = [
    ...read.messages,
    ...repeatedKeys(
      path,
      read.rows.map(({ line, value }) => ({ line, key: value.urn, what: `URN ${value.urn}` })),
    ),
  ];
  if (!hasErrors(messages) && read.rows.length === 0)
    messages.push(message('register.no-schools', { file: path }, { la: [...wanted].join(', ') }));
  if (hasErrors(messages)) return { file: path, stored: 0, refused: true, messages };

  const schools = read.rows.map(({ value: r }) => ({
    urn: r.urn,
    laestab: r.laCode + r.establishmentNumber,
    la_code: r.laCode,
    name: r.name,
    phase: r.phase,
    type: r.type,
    status: r.status,
    low_age: r.lowAge ?? null,
    high_age: r.highAge ?? null,
    close_date: r.closeDate ?? null,
  }));
  await storeSchools(store, schools);
  return { file: path, stored: schools.length, refused: false, messages };
}
