// An Explore Education Statistics data file and its metadata file (ees/ees-table.ts builds the
// table from a report's tidy table): the standard's time and geography columns first, then the
// filters and the indicators. The metadata lists every filter and every indicator, with its
// label, unit and places. Plain UTF-8 with no byte order mark: the files are for EES and for
// programs (csv-writer.ts's files are for a person, and have one). Text from outside (a school's
// name) is neutralised against formulas like every csv this tool writes.
import { LEVEL_COLUMNS, MANDATORY_COLUMNS, META_COLUMNS, type GeographicLevel } from '../ees/ees-standard.js';
import type { EesTable } from '../ees/ees-table.js';
import { csvText, type CsvValue } from './csv-text.js';

export interface EesFiles {
  /** NAME.csv */
  readonly data: string;
  /** NAME.meta.csv */
  readonly meta: string;
}

/** The geography columns the table's levels need, in the standard's order, each once. */
function placeColumns(table: EesTable): string[] {
  const levels = new Set<GeographicLevel>(table.rows.map((r) => r.place.level));
  const order = Object.keys(LEVEL_COLUMNS) as GeographicLevel[];
  return [...new Set(order.filter((l) => levels.has(l)).flatMap((l) => LEVEL_COLUMNS[l]))];
}

function dataCsv(table: EesTable): string {
  const place = placeColumns(table);
  const headers = [
    ...MANDATORY_COLUMNS,
    ...place,
    ...table.filters.map((f) => f.code),
    ...table.indicators.map((i) => i.code),
  ];
  const rows = table.rows.map((r): CsvValue[] => [
    r.time.period,
    r.time.identifier,
    r.place.level,
    r.place.columns['country_code'],
    r.place.columns['country_name'],
    // A column of another level is blank on this row, as the standard asks.
    ...place.map((c) => r.place.columns[c] ?? ''),
    ...r.filters,
    ...r.indicators,
  ]);
  return csvText(headers, rows, { quoteSeparators: true });
}

function metaCsv(table: EesTable): string {
  const filters = table.filters.map((f) => [f.code, 'Filter', f.label, '', '', '', f.hint, '']);
  const indicators = table.indicators.map((i) => [
    i.code,
    'Indicator',
    i.label,
    i.grouping,
    i.unit,
    String(i.dp),
    '',
    '',
  ]);
  return csvText([...META_COLUMNS], [...filters, ...indicators], { quoteSeparators: true });
}

export function eesFiles(table: EesTable): EesFiles {
  return { data: dataCsv(table), meta: metaCsv(table) };
}
