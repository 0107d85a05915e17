// One area's predictions table as HTML: the same PublishedTable the markdown and xlsx draw
// (area-tables.ts), through the html writer, split into tables of a few measures so a table
// fits an A4 page. Each figure cell names its group, measure and quantity in data-* attributes,
// so tests can read the numbers back. Under the disadvantaged pupils' row, a row gives their
// comparison with other pupils nationally (the markdown's sentence under the table).
import { htmlText } from '../../messages/html-text.js';
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
  const heading = htmlText['html-area.against-other-pupils'](group.label);
  return html`<tr class="other"><th scope="row">${heading}</th><td></td>${cells}</tr>`;
}

/** `caption` replaces the table's own title (the city's table needs no "City: City"). */
export function areaTableHtml(area: AreaTable, caption = area.title): Html {
  const parts = splitColumnGroups(areaPublishedTable(area), MEASURES_PER_TABLE);
  return html`${parts.map((table, i) => {
    const first = i * MEASURES_PER_TABLE + 1;
    const count = table.columns.filter((c) => c.kind === 'gap').length;
    const last = first + count - 1;
    return tableHtml(table, {
      className: 'area',
      caption: parts.length > 1 ? htmlText['html-area.part'](caption, first, last, area.measures.length) : caption,
      afterRow: (_, index) => comparisonRow(area, index, table.columns),
    });
  })}`;
}
