// One area's predictions table as HTML: the same PublishedTable the markdown and xlsx draw
// (area-tables.ts), through the html writer, split into tables of a few measures so a table
// fits an A4 page. Each figure cell names its group, measure and quantity in data-* attributes,
// so tests can read the numbers back. Under the disadvantaged pupils' row, a row gives their
// comparison with other pupils nationally (the markdown's sentence under the table).
import { areaPublishedTable, type AreaTable } from '../predictions/area-tables.js';
import { splitColumnGroups, type Column, type PublishedRow } from '../table/published-table.js';
import { cellHtml, tableHtml } from '../writers/html-writer.js';
import { html, type Html } from './escape-html.js';

/** Measures per table: 2 + 2 × 6 columns fit A4 portrait at the print size. */
const MEASURES_PER_TABLE = 6;

const OTHER_QUANTITY: Readonly<Record<string, string>> = { rate: 'national-other', gap: 'gap-other' };

/** The comparison row: for each measure, the national rate of other pupils and the gap to it. */
function comparisonRow(area: AreaTable, index: number, columns: readonly Column[]): Html {
  const group = area.rows[index];
  const measures = columns.filter((c) => c.key?.['measure'] !== undefined);
  // Only the disadvantage comparison's group has figures against other pupils (gap-to-national.ts).
  if (!group) return html``;
  const cellOf = (c: Column) => group.cells.get(c.key!['measure']!);
  if (!measures.some((c) => cellOf(c)?.gapToNationalOther !== undefined)) return html``;
  const row: PublishedRow = {
    key: { group: group.pupilGroup },
    cells: measures.map(
      (c) => (c.kind === 'gap' ? cellOf(c)?.gapToNationalOther : cellOf(c)?.nationalOtherRate) ?? null,
    ),
  };
  const cells = measures.map((c, i) =>
    cellHtml(row.cells[i], { ...c, key: { ...c.key, quantity: OTHER_QUANTITY[c.key!['quantity']!]! } }, row),
  );
  return html`<tr class="other"><th scope="row">${
    group.label
  } vs other pupils nationally: their rate, gap</th><td></td>${cells}</tr>`;
}

/** `caption` replaces the table's own title (the city's table needs no "City: City"). */
export function areaTableHtml(area: AreaTable, caption = area.title): Html {
  const parts = splitColumnGroups(areaPublishedTable(area), MEASURES_PER_TABLE);
  return html`${parts.map((table, i) => {
    const first = i * MEASURES_PER_TABLE + 1;
    const count = table.columns.filter((c) => c.kind === 'gap').length;
    const part = parts.length > 1 ? ` (measures ${first}–${first + count - 1} of ${area.measures.length})` : '';
    return tableHtml(table, {
      className: 'area',
      caption: `${caption}${part}`,
      afterRow: (_, index) => comparisonRow(area, index, table.columns),
    });
  })}`;
}
