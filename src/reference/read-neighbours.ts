// The children's services statistical-neighbours workbook (LAIT): a row per LA with SN1 … SN10,
// each followed by its closeness (SNP). The table is read from its header row to the first blank
// row; what lies below (the lists of LAs since reorganised, "Old SNs:") is not read, and said so.
import type { PublishedComparators } from '../../schemas/formats/published-comparators.schema.js';
import { a1, type RawSheet } from '../ingest/read/raw-sheet.js';
import { message, type Message } from '../messages/message.js';
import type { NeighbourRow } from '../store/queries/reference.js';
import { columnOf, isBlankRow, textsOf } from './published-table.js';

export interface NeighboursReading {
  rows: NeighbourRow[];
  messages: Message[];
}

export function readNeighbours(
  file: string,
  sheet: RawSheet,
  headerAt: number,
  map: PublishedComparators['neighbours'],
): NeighboursReading {
  const headings = textsOf(sheet.rows[headerAt]);
  const laCode = columnOf(headings, [map.laCode]);
  const laName = columnOf(headings, [map.laName]);
  const sn = Array.from({ length: map.count }, (_, i) => columnOf(headings, [`${map.neighbour}${i + 1}`]));
  const missing = [
    ...(laCode < 0 ? [map.laCode] : []),
    ...(laName < 0 ? [map.laName] : []),
    ...sn.flatMap((c, i) => (c < 0 ? [`${map.neighbour}${i + 1}`] : [])),
  ];
  const place = { file, sheet: sheet.name };
  if (missing.length > 0)
    return { rows: [], messages: [message('reference.missing-columns', place, { columns: missing })] };

  const messages: Message[] = [];
  const rows: NeighbourRow[] = [];
  const seen = new Map<string, number>();
  const body = sheet.rows.slice(headerAt + 1);
  // A row the file leaves out altogether is blank too: the reader gives only the rows a sheet holds.
  const end = body.findIndex((r, i) => isBlankRow(r) || r.number !== sheet.rows[headerAt]!.number + i + 1);
  for (const row of end < 0 ? body : body.slice(0, end)) {
    const t = textsOf(row);
    const bad = (c: number, detail: string) =>
      messages.push(message('reference.bad-row', { ...place, cell: a1(row.number, c) }, { detail }));
    const code = t[laCode] ?? '';
    if (!/^\d{3}$/.test(code)) {
      bad(laCode, `${map.laCode} "${code}" is not a 3-digit LA code`);
      continue;
    }
    // Two lists for one LA: taking either would drop the other without a word.
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      bad(laCode, `the neighbours of LA ${code} are given again (first on row ${earlier})`);
      continue;
    }
    seen.set(code, row.number);
    sn.forEach((c, i) => {
      const neighbour = t[c] ?? '';
      // The closeness is the column right of each neighbour, headed SNP.
      const closeness =
        textsOf(sheet.rows[headerAt])[c + 1]?.toLowerCase() === map.closeness.toLowerCase() ? t[c + 1] : '';
      if (!/^\d{3}$/.test(neighbour)) bad(c, `${map.neighbour}${i + 1} "${neighbour}" is not a 3-digit LA code`);
      else
        rows.push({
          la_code: code,
          la_name: t[laName] ?? '',
          position: i + 1,
          neighbour_code: neighbour,
          closeness: closeness ?? '',
        });
    });
  }
  const below = end < 0 ? [] : body.slice(end).filter((r) => !isBlankRow(r));
  if (below.length > 0) {
    const first = textsOf(below[0]).find((x) => x !== '') ?? '';
    const lists = below.filter((r) => /^\d{3}$/.test(textsOf(r)[laCode] ?? '')).length;
    messages.push(message('neighbours.rows-below-table', place, { skipped: lists || below.length, detail: first }));
  }
  return { rows, messages };
}
