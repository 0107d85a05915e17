// Published tables as HTML, every text through escape-html.ts's `html` template. A table has
// its title as caption, a header of one row (or two, with each group over its columns), the
// first column as the rows' headings, and each figure cell named by its row's and column's keys
// in data-* attributes, so a test can read a number back. A cell whose column lists its colour
// has the colour's name as its class and the colour inline, so it is filled under any stylesheet.
// A list is a <ul> under its title (as an h3, below the section's h2), an item per row.
import { formatCell, formatItem } from '../table/format-number.js';
import { colourOf, columnGroups, isFigure, isList, type Cell, type Column } from '../table/published-table.js';
import type { CellColour, Keys } from '../table/published-table.js';
import type { PublishedRow, PublishedTable } from '../table/published-table.js';
import { html, trustedHtml, type Html, type HtmlValue } from '../html/escape-html.js';
import { gapClass } from '../html/number-format.js';
import type { Heading, TextWriter } from './writer.js';

/** ` name="value"` for each attribute; the names are the program's, the values are escaped. */
function attributes(list: readonly (readonly [string, string | undefined])[]): Html {
  return html`${list.flatMap(([name, value]) => {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Not an attribute name: ${name}`);
    return value === undefined ? [] : [html` ${trustedHtml(name)}="${value}"`];
  })}`;
}

const dataAttributes = (...keys: (Keys | undefined)[]) =>
  attributes(keys.flatMap((k) => Object.entries(k ?? {}).map(([n, v]) => [`data-${n}`, v] as const)));

const numClass = (column: Column) => (isFigure(column) ? 'num' : undefined);

/**
 * The header: one row, or two when columns are grouped (a group over its columns, the rest
 * spanning both). A group's heading has the class `measure`, which report-css.ts centres.
 */
export function headHtml(columns: readonly Column[]): Html {
  const groups = columnGroups(columns);
  if (groups.every((g) => g.group === undefined)) {
    return html`<thead><tr>${columns.map(
      (c) => html`<th scope="col"${attributes([['class', numClass(c)]])}>${c.heading}</th>`,
    )}</tr></thead>`;
  }
  let at = 0;
  const top = groups.map(({ group, span }) => {
    const column = columns[at]!;
    at += span;
    return group === undefined
      ? html`<th scope="col" rowspan="2"${attributes([['class', numClass(column)]])}>${column.heading}</th>`
      : html`<th scope="colgroup" colspan="${span}" class="measure">${group}</th>`;
  });
  const second = columns.filter((c) => c.group !== undefined);
  return html`<thead><tr>${top}</tr>
<tr>${second.map((c) => html`<th scope="col"${attributes([['class', numClass(c)]])}>${c.heading}</th>`)}</tr></thead>`;
}

const colourAttributes = (colour: CellColour | undefined) =>
  attributes([
    ['class', colour?.name],
    ['style', colour ? `background: #${colour.fill}; color: #${colour.ink}` : undefined],
  ]);

/**
 * A figure or text cell: figures right-aligned, a gap coloured better or worse, keyed by row and
 * column; a text filled in its colour when its column lists one.
 */
export function cellHtml(cell: Cell | undefined, column: Column, row: PublishedRow): Html {
  if (!isFigure(column))
    return html`<td${colourAttributes(colourOf(cell, column))}>${formatCell(cell, column, row)}</td>`;
  const className =
    column.kind === 'gap' && column.better !== 'neither'
      ? gapClass(typeof cell === 'number' ? cell : undefined, column.better)
      : 'num';
  return html`<td class="${className}"${dataAttributes(row.key, column.key)}>${formatCell(cell, column, row)}</td>`;
}

/**
 * A row: the cell at `headingAt` as the row's heading, by default the first when it is text (a
 * table ranked by a number heads its rows by the name beside it).
 */
export function rowHtml(
  row: PublishedRow,
  columns: readonly Column[],
  headingAt = columns[0] && !isFigure(columns[0]) ? 0 : -1,
): Html {
  return html`<tr>${columns.map((c, i) =>
    i === headingAt ? html`<th scope="row">${formatCell(row.cells[i], c, row)}</th>` : cellHtml(row.cells[i], c, row),
  )}</tr>`;
}

export interface TableHtmlOptions {
  readonly className?: string;
  /** In place of the table's title. */
  readonly caption?: HtmlValue;
  /** The code of the column whose cells head their rows, in place of the first when it is text. */
  readonly rowHeading?: string;
  /** Markup after a row: a row of comparisons that belongs to it. */
  readonly afterRow?: (row: PublishedRow, index: number) => Html;
}

/** A list: its title as an h3 (unless it stands under the section's heading), then an item per row. */
export function listHtml(table: PublishedTable, options: { className?: string } = {}): Html {
  const title = table.underHeading ? html`` : html`<h3>${table.title}</h3>\n`;
  return html`${title}<ul${attributes([['class', options.className]])}${dataAttributes(table.key)}>${table.rows.map(
    (r) => html`<li${dataAttributes(r.key)}>${formatItem(r, table.columns)}</li>`,
  )}</ul>
`;
}

export function tableHtml(table: PublishedTable, options: TableHtmlOptions = {}): Html {
  const at =
    options.rowHeading === undefined ? undefined : table.columns.findIndex((c) => c.code === options.rowHeading);
  if (at === -1) throw new Error(`No column ${options.rowHeading} in table ${table.id}`);
  const rows = table.rows.map((r, i) => html`${rowHtml(r, table.columns, at)}${options.afterRow?.(r, i)}`);
  return html`<table${attributes([['class', options.className]])}${dataAttributes(table.key)}>
<caption>${options.caption ?? table.title}</caption>
${headHtml(table.columns)}
<tbody>${rows}</tbody>
</table>
`;
}

const paragraphs = (className: string, lines: readonly string[] | undefined) =>
  (lines ?? []).map((line) => html`<p class="${className}">${line}</p>\n`);

/** Tables with their notes and provenance as paragraphs; the heading, if any, as a section's h2. */
export function htmlWriter(options: { heading?: Heading; className?: string } = {}): TextWriter {
  return {
    format: 'html',
    write(tables) {
      const { heading, className } = options;
      const head = heading ? html`<h2>${heading.title}</h2>\n${paragraphs('lede', heading.notes)}` : html``;
      const body = tables.map((t) => [
        paragraphs('note', t.notes?.above),
        isList(t) ? listHtml(t, { className }) : tableHtml(t, { className }),
        paragraphs('note', t.notes?.below),
        paragraphs('provenance', t.provenance),
      ]);
      return html`${head}${body}`.markup;
    },
  };
}
