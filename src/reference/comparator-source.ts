// Which comparator file this is, told by its content (the header), never by its name: an EES tidy
// CSV, a LAIT long CSV, the statistical-neighbours workbook, or else the project's own comparators csv.
import type { PublishedComparators } from '../../schemas/formats/published-comparators.schema.js';
import type { RawBook, RawSheet } from '../ingest/read/raw-sheet.js';
import { hasHeadings, textsOf } from './published-table.js';

export type ComparatorSource =
  | { kind: 'ees' | 'lait' | 'comparators csv'; sheet: RawSheet }
  | { kind: 'neighbours'; sheet: RawSheet; headerAt: number }
  | { kind: 'unknown workbook' };

/** Rows of a sheet searched for the neighbours' header (it sits under a row or two of column numbers). */
const HEADER_SEARCH_ROWS = 20;

export function comparatorSource(book: RawBook, map: PublishedComparators): ComparatorSource {
  if (book.format === 'xlsx') {
    for (const sheet of book.sheets.filter((s) => s.visible)) {
      const headerAt = sheet.rows
        .slice(0, HEADER_SEARCH_ROWS)
        .findIndex((r) => hasHeadings(textsOf(r), map.neighbours.recognisedBy));
      if (headerAt >= 0) return { kind: 'neighbours', sheet, headerAt };
    }
    return { kind: 'unknown workbook' };
  }
  const sheet = book.sheets[0]!;
  const headings = textsOf(sheet.rows[0]);
  if (hasHeadings(headings, map.ees.recognisedBy)) return { kind: 'ees', sheet };
  if (hasHeadings(headings, map.lait.recognisedBy)) return { kind: 'lait', sheet };
  return { kind: 'comparators csv', sheet };
}
