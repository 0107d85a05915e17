// An Explore Education Statistics table built from a report's tidy PublishedTable, so the EES
// export shows the very figures and symbols the csv does (a published report's `c` cells come
// from the same suppression). The report's spec says where each row is, its time, its filters
// and which figure columns are indicators; units and places come from the tidy columns. A table
// of one measure per row (predictions, accuracy, forecast) is spread into indicators per measure,
// since measures do not add up and an EES filter needs a Total ("where filters do not aggregate,
// consider if you should have the levels as indicators instead").
import type { Cell, Column, PublishedRow, PublishedTable } from '../table/published-table.js';
import { INDICATOR_SYMBOLS, type IndicatorUnit } from './ees-standard.js';
import type { EesPlace } from './ees-geography.js';
import type { EesTime } from './ees-time.js';

/** A tidy row's cell by its column's code. */
export type RowReader = (code: string) => Cell | undefined;

export interface EesFilter {
  /** The data file's column: lower case, digits and underscores. */
  readonly code: string;
  readonly label: string;
  readonly hint: string;
  /** The row's level of this filter, as a label; `Total` for an aggregate. */
  readonly value: (row: RowReader) => string;
}

export interface EesIndicator {
  readonly code: string;
  readonly label: string;
  readonly unit: IndicatorUnit;
  readonly dp: number;
  /** The subheading EES lists the indicator under (a measure's name). */
  readonly grouping: string;
}

export interface EesSpec {
  readonly time: (row: RowReader) => EesTime;
  readonly place: (row: RowReader) => EesPlace;
  readonly filters: readonly EesFilter[];
  /** The tidy figure columns carried as indicators, in order (for a spread table, per measure). */
  readonly indicators: readonly string[];
  /** In a spread table, figure columns of the row, not of a measure (a school's mean error): once each. */
  readonly once?: readonly string[];
  /** An indicator's label and the subheading it goes under (for a spread table, of that measure). */
  readonly label: (code: string, measure?: string) => { label: string; grouping: string };
  /** The column naming each row's measure, when the table has one row per measure. */
  readonly spread?: {
    readonly column: string;
    /** A mean measure's "rate" is a mean in points and its gap in points: no % or pp. */
    readonly isMean: (measure: string) => boolean;
  };
  /** A blank cell where the figure cannot apply (a rank on the city's row) is z; else x, not available. */
  readonly notApplicable?: (code: string, row: RowReader) => boolean;
}

export type EesValue = number | string;

export interface EesRow {
  readonly time: EesTime;
  readonly place: EesPlace;
  readonly filters: readonly string[];
  readonly indicators: readonly EesValue[];
}

export interface EesTable {
  readonly id: string;
  readonly filters: readonly EesFilter[];
  readonly indicators: readonly EesIndicator[];
  readonly rows: readonly EesRow[];
}

const textOf = (cell: Cell | undefined): string =>
  cell === null || cell === undefined ? '' : typeof cell === 'object' ? cell.text : String(cell);

/** A cell's text: a label, a code, or a number written out. */
export const textAt = (read: RowReader, code: string): string => textOf(read(code));

function readerOf(table: PublishedTable): (row: PublishedRow) => RowReader {
  const at = new Map(table.columns.map((c, i) => [c.code, i]));
  return (row) => (code) => {
    const i = at.get(code);
    if (i === undefined) throw new Error(`${table.id} has no column ${code}`);
    return row.cells[i];
  };
}

const UNIT: Partial<Record<NonNullable<Column['unit']>, IndicatorUnit>> = {
  percent: '%',
  'percentage points': 'pp',
};

/**
 * Places to show: the column's when it says; a mean measure's two and a rate's or gap's one, as
 * every report rounds them; any other figure as many as its values have.
 */
function placesOf(values: readonly EesValue[], column: Column, mean: boolean): number {
  if (column.decimals !== undefined) return column.decimals;
  if (column.kind === 'rate' || column.kind === 'gap' || column.kind === 'mean') return mean ? 2 : 1;
  return Math.max(0, ...values.map((v) => (typeof v === 'number' ? (String(v).split('.')[1]?.length ?? 0) : 0)));
}

interface Slot {
  readonly column: Column;
  readonly measure: string | undefined;
  readonly code: string;
}

export function eesTable(table: PublishedTable, spec: EesSpec): EesTable {
  const reader = readerOf(table);
  const byCode = new Map(table.columns.map((c) => [c.code, c]));
  const figure = (code: string) => {
    const column = byCode.get(code);
    if (!column || column.kind === 'text') throw new Error(`${table.id}: ${code} is not a figure column`);
    return column;
  };
  const columns = spec.indicators.map(figure);
  const measures: string[] = spec.spread ? [] : [''];
  const gathered = new Map<
    string,
    { time: EesTime; place: EesPlace; filters: string[]; rows: Map<string, RowReader> }
  >();
  for (const row of table.rows) {
    const read = reader(row);
    const measure = spec.spread ? textAt(read, spec.spread.column) : '';
    if (spec.spread && !measures.includes(measure)) measures.push(measure);
    const [time, place, filters] = [spec.time(read), spec.place(read), spec.filters.map((f) => f.value(read))];
    const key = JSON.stringify([time, place.level, place.columns, filters]);
    const entry = gathered.get(key) ?? { time, place, filters, rows: new Map() };
    if (entry.rows.has(measure)) throw new Error(`${table.id}: two rows for one place, filters and measure (${key})`);
    entry.rows.set(measure, read);
    gathered.set(key, entry);
  }
  const once: Slot[] = (spec.once ?? []).map((code) => ({ column: figure(code), measure: undefined, code }));
  const slots: Slot[] = once.concat(
    measures.flatMap((measure) =>
      columns.map((column) =>
        spec.spread
          ? { column, measure, code: `${measure}_${column.code}` }
          : { column, measure: undefined, code: column.code },
      ),
    ),
  );
  const value = (read: RowReader | undefined, slot: Slot): EesValue => {
    // A measure with no row for this place and these filters was not reported there: not available.
    if (!read) return 'x';
    const cell = read(slot.column.code);
    if (cell === null || cell === undefined) return spec.notApplicable?.(slot.column.code, read) ? 'z' : 'x';
    if (typeof cell === 'number') return cell;
    if (typeof cell === 'string' && INDICATOR_SYMBOLS.includes(cell)) return cell;
    // Words in a figure column would be a report's bug: EES reads an indicator as a number or a symbol.
    throw new Error(`${table.id}: ${slot.column.code} holds words, not a figure, for the EES indicator ${slot.code}`);
  };
  const rows = [...gathered.values()].map(({ time, place, filters, rows: byMeasure }) => ({
    time,
    place,
    filters,
    indicators: slots.map((slot) =>
      value(slot.measure === undefined ? byMeasure.values().next().value : byMeasure.get(slot.measure), slot),
    ),
  }));
  const indicators = slots.map((slot, i): EesIndicator => {
    const mean = slot.measure !== undefined && spec.spread!.isMean(slot.measure);
    return {
      code: slot.code,
      ...spec.label(slot.column.code, slot.measure),
      unit: mean ? '' : (UNIT[slot.column.unit ?? 'pupils'] ?? ''),
      dp: placesOf(
        rows.map((r) => r.indicators[i]!),
        slot.column,
        mean,
      ),
    };
  });
  return { id: table.id, filters: spec.filters, indicators, rows };
}
