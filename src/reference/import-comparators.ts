// `comparators import FILE`: national, regional, statistical-neighbour and LA comparators, from
// whichever file it is, told by its content (schemas/README.md §5): the project's own comparators
// csv, an EES tidy CSV, a LAIT long CSV, or the statistical-neighbours workbook. Read, check, store.
import { publishedComparators, type PublishedComparators } from '../../schemas/formats/published-comparators.schema.js';
import { catalogue, type Catalogue } from '../domain/catalogue.js';
import { hasErrors, message, type Message } from '../messages/message.js';
import type { Store } from '../store/open-store.js';
import { replaceNeighbours, storeComparators } from '../store/queries/reference.js';
import type { ComparatorReading } from './comparator-reading.js';
import { comparatorSource } from './comparator-source.js';
import { storedByKind } from './comparator-kinds.js';
import { readOwnComparators } from './import-own-comparators.js';
import { readBook } from './published-table.js';
import { readEesComparators } from './read-ees-comparators.js';
import { readLaitComparators } from './read-lait-comparators.js';
import { readNeighbours } from './read-neighbours.js';
import type { ReferenceImportResult } from './reference-result.js';
import { repeatedKeys } from './repeated-keys.js';

export { ATTENDANCE_MEASURES, ATTENDANCE_PHASES } from './import-own-comparators.js';

export async function importComparators(
  store: Store,
  path: string,
  cat: Catalogue = catalogue(),
  map: PublishedComparators = publishedComparators,
): Promise<ReferenceImportResult> {
  const read = await readBook(path);
  if (!read.ok) return { file: path, stored: 0, refused: true, messages: read.messages };
  const source = comparatorSource(read.book, map);
  if (source.kind === 'unknown workbook') {
    const columns = map.neighbours.recognisedBy;
    const messages = [...read.messages, message('reference.missing-columns', { file: path }, { columns })];
    return { file: path, stored: 0, refused: true, messages };
  }
  if (source.kind === 'neighbours') {
    const found = readNeighbours(path, source.sheet, source.headerAt, map.neighbours);
    const messages: Message[] = [...read.messages, ...found.messages];
    if (hasErrors(messages)) return { file: path, stored: 0, refused: true, messages };
    await replaceNeighbours(store, found.rows);
    const lists = new Set(found.rows.map((r) => r.la_code)).size;
    return {
      file: path,
      stored: lists,
      refused: false,
      messages,
      storedByKind: [{ what: 'statistical-neighbour lists', stored: lists }],
    };
  }
  const reading: ComparatorReading =
    source.kind === 'ees'
      ? readEesComparators(path, source.sheet, cat, map)
      : source.kind === 'lait'
        ? readLaitComparators(path, source.sheet, cat, map)
        : await readOwnComparators(path, cat, map);
  const { rows, lines } = reading;
  const messages: Message[] = [
    // The own csv is read again by its reader, which says the encoding itself.
    ...(source.kind === 'comparators csv' ? [] : read.messages),
    ...reading.messages,
    ...repeatedKeys(
      path,
      rows.map((r, i) => ({
        line: lines[i]!,
        key: [r.academic_year, r.geographic_level, r.area_name, r.key_stage, r.measure, r.pupil_group]
          .concat(String(r.half_terms), String(r.pa_threshold))
          .join('|'),
        what: `${r.measure} for ${r.pupil_group}, ${r.area_name} ${r.key_stage} ${r.academic_year}`,
      })),
    ),
  ];
  if (hasErrors(messages)) return { file: path, stored: 0, refused: true, messages };
  await storeComparators(store, rows);
  return { file: path, stored: rows.length, refused: false, messages, storedByKind: storedByKind(rows) };
}
