// The one shape every report publishes: a table of columns and rows, with the sentences that go
// above and below it and the lines that say where its figures came from. Writers (writers/)
// turn a PublishedTable into csv, md, xlsx, html or json; no report writes a format itself, so
// every format shows the same figures, the same symbols and the same rounding.

/**
 * The Government Statistical Service's symbols for a cell that holds no number:
 * `c` confidential (suppressed to protect individuals), `x` not available, `z` not applicable,
 * `low` a figure that rounds to zero but is not zero, `u` low reliability.
 */
export type GssSymbol = 'c' | 'x' | 'z' | 'low' | 'u';

/** What each symbol means, for a publication's key to its symbols. */
export const GSS_SYMBOLS: Readonly<Record<GssSymbol, string>> = {
  c: 'confidential (suppressed)',
  x: 'not available',
  z: 'not applicable',
  low: 'rounds to zero, but is not zero',
  u: 'low reliability',
};

/**
 * Words in a cell: a name, a label, or a figure in words ("45 of 48"). Wrapped, so that a school
 * called "c" is never read as a symbol.
 */
export interface TextCell {
  readonly text: string;
}

export const text = (value: string): TextCell => ({ text: value });

/** A cell: a number, words, a GSS symbol, or null for a cell left blank. */
export type Cell = number | TextCell | GssSymbol | null;

/**
 * What a column holds. `count`: pupils, whole numbers. `rate`: a percentage (Σ pupils reaching /
 * Σ cohort × 100). `mean`: a mean score, in points. `gap`: a difference, signed, in percentage
 * points (points for a mean). `number`: any other figure. Every kind but `text` is a figure.
 */
export type ColumnKind = 'text' | 'count' | 'rate' | 'mean' | 'gap' | 'number';

/**
 * The unit of a figure column: `percentage points` for a difference of two percentages, `points`
 * for a mean or a difference of means, `figures` for a count of figures compared.
 */
export type Unit = 'pupils' | 'schools' | 'percent' | 'percentage points' | 'points' | 'figures';

/**
 * A colour a cell is filled with, beside its words and never instead of them (colour alone tells
 * a colour-blind reader, or a black-and-white print, nothing). Fill and ink are RGB hex without
 * '#'; the name is stable, for a stylesheet or a program (`rating-amber`).
 */
export interface CellColour {
  readonly name: string;
  readonly fill: string;
  readonly ink: string;
}

/** Codes that identify a table, row or column for a program reading the output back (html data-*). */
export type Keys = Readonly<Record<string, string>>;

export interface Column {
  /** The machine name: a csv header, a json field. */
  readonly code: string;
  /** What a reader sees above the column. */
  readonly heading: string;
  /** A heading over this column and its neighbours with the same group (a measure over its rate and gap). */
  readonly group?: string;
  readonly kind: ColumnKind;
  readonly unit?: Unit;
  /** Places a reader's format (md, html, an xlsx number format) shows; absent: the number as it is. */
  readonly decimals?: number;
  /** A `+` on a positive figure (a gap); a negative one always has its hyphen-minus. */
  readonly signed?: boolean;
  /**
   * For a gap: which way is better, so a format that colours it colours the meaning, never the
   * sign. Absent: higher (above national is better); absence is `lower` (less absence is better);
   * `neither` for a difference that is no better either way (predicted − actual), left uncoloured.
   */
  readonly better?: 'higher' | 'lower' | 'neither';
  readonly key?: Keys;
  /**
   * For a column of categories (a target rating): each text it may hold, with the colour a
   * format that can fill a cell (xlsx, html) fills it with. A text not listed is left unfilled.
   */
  readonly colours?: Readonly<Record<string, CellColour>>;
}

export interface PublishedRow {
  /** One cell per column, in the columns' order. */
  readonly cells: readonly Cell[];
  readonly key?: Keys;
  /** Places for this row's figures, over the column's: a row of a mean measure shows two. */
  readonly decimals?: number;
}

export interface PublishedTable {
  /** Stable and unique within a publication. */
  readonly id: string;
  readonly title: string;
  /**
   * Tidy data, for a program: one row per observation, codes not labels, headed by the columns'
   * codes (a csv, an xlsx data sheet). Otherwise a table for a reader, headed by headings.
   */
  readonly tidy?: boolean;
  /**
   * How a format for a reader lays the rows out: `table` (the default) a grid under a header row;
   * `list` a bulleted list with no header, one item per row, the row's cells as shown joined by a
   * space (a list of names or of rules, most often of one column). Tidy formats write a list as
   * the table it is.
   */
  readonly layout?: 'table' | 'list';
  /**
   * The table stands straight under the publication's heading, which says what it is: md and xlsx
   * write no title above it. The title still names it for a program (json) and captions it in html.
   */
  readonly underHeading?: boolean;
  readonly key?: Keys;
  readonly columns: readonly Column[];
  readonly rows: readonly PublishedRow[];
  /**
   * Sentences the program wrote, above and below the table. Put no outside text (a school's name)
   * in a note: md writes a note as it is, as Markdown.
   */
  readonly notes?: { readonly above?: readonly string[]; readonly below?: readonly string[] };
  /** Where the figures came from: sources, years, files. */
  readonly provenance?: readonly string[];
}

export const isFigure = (column: Column): boolean => column.kind !== 'text';

export const isList = (table: PublishedTable): boolean => table.layout === 'list';

/** The colour a cell is filled with: its text's in its column's colours, if listed. */
export function colourOf(cell: Cell | undefined, column: Column): CellColour | undefined {
  if (cell === null || typeof cell !== 'object' || !column.colours) return undefined;
  // Own keys only: a text such as "constructor" must not find Object's prototype.
  return Object.hasOwn(column.colours, cell.text) ? column.colours[cell.text] : undefined;
}

/** The places to show a cell of this column in this row: the row's, else the column's. */
export function decimalsOf(column: Column, row?: PublishedRow): number | undefined {
  return isFigure(column) ? (row?.decimals ?? column.decimals) : undefined;
}

/**
 * One heading per column for a format with one header row: a group's first column is headed by
 * the group, the rest by their own heading (`RWM L4+`, `Gap`).
 */
export function flatHeadings(columns: readonly Column[]): { heading: string; continues: boolean }[] {
  return columns.map((c, i) => {
    if (c.group === undefined) return { heading: c.heading, continues: false };
    const continues = i > 0 && columns[i - 1]!.group === c.group;
    return { heading: continues ? c.heading : c.group, continues };
  });
}

/** The groups of the columns, in order, with how many columns each spans. */
export function columnGroups(columns: readonly Column[]): { group: string | undefined; span: number }[] {
  const out: { group: string | undefined; span: number }[] = [];
  for (const [i, c] of columns.entries()) {
    const last = out[out.length - 1];
    if (last && c.group !== undefined && columns[i - 1]!.group === c.group) last.span += 1;
    else out.push({ group: c.group, span: 1 });
  }
  return out;
}

/**
 * The table cut into parts of at most `size` column groups each, for a page that cannot take
 * them all; the columns in no group (a row's label) are in every part.
 */
export function splitColumnGroups(table: PublishedTable, size: number): PublishedTable[] {
  const groups = [...new Set(table.columns.flatMap((c) => (c.group === undefined ? [] : [c.group])))];
  if (groups.length <= size) return [table];
  const parts: PublishedTable[] = [];
  for (let start = 0; start < groups.length; start += size) {
    const chosen = new Set(groups.slice(start, start + size));
    const keep = table.columns.flatMap((c, i) => (c.group === undefined || chosen.has(c.group) ? [i] : []));
    parts.push({
      ...table,
      columns: keep.map((i) => table.columns[i]!),
      rows: table.rows.map((r) => ({ ...r, cells: keep.map((i) => r.cells[i] ?? null) })),
    });
  }
  return parts;
}
