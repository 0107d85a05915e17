// One area's predictions table (area-tables.ts) as HTML: pupil groups as rows, each measure's
// rate and gap to national as a pair of columns, split into tables of a few measures so a
// table fits an A4 page. Each figure cell names its group, measure and quantity in data-*
// attributes, so tests can read the numbers back.
import { catalogue } from '../../domain/catalogue.js';
import type { AreaTable } from '../predictions/area-tables.js';
import type { PredictionsRow, Shown } from '../predictions/predictions-report.js';
import { html, type Html } from './escape-html.js';
import { gapClass, showValue } from './number-format.js';

/** Measures per table: 2 + 2 × 6 columns fit A4 portrait at the print size. */
const MEASURES_PER_TABLE = 6;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The two cells of one measure: the rate and its gap, or (other) the national other-pupils rate and the gap to it. */
function figureCells(
  group: string,
  measure: string,
  cell: PredictionsRow | undefined,
  decimals: number,
  other = false,
): Html {
  const first: Shown | undefined = other ? cell?.nationalOtherRate : cell?.rate;
  const gap = other ? cell?.gapToNationalOther : cell?.gapToNational;
  const [firstName, gapName] = other ? ['national-other', 'gap-other'] : ['rate', 'gap'];
  return html`<td class="num" data-group="${group}" data-measure="${measure}" data-quantity="${firstName}">${showValue(first, { decimals })}</td><td class="${gapClass(gap)}" data-group="${group}" data-measure="${measure}" data-quantity="${gapName}">${showValue(gap, { signed: true, decimals })}</td>`;
}

/** `caption` replaces the table's own title (the city's table needs no "City: City"). */
export function areaTableHtml(table: AreaTable, caption = table.title): Html {
  const cat = catalogue();
  const disadvantaged = cat.disadvantageComparison.group;
  const parts = chunks(table.measures, MEASURES_PER_TABLE);
  const first = table.rows[0]?.cells.values().next().value;
  return html`${parts.map((measures, i) => {
    const list = measures.map((m) => cat.measure(m));
    const decimals = (code: string) => (cat.measure(code).kind === 'mean' ? 2 : 1);
    const part =
      parts.length > 1
        ? ` (measures ${i * MEASURES_PER_TABLE + 1}–${i * MEASURES_PER_TABLE + measures.length} of ${table.measures.length})`
        : '';
    const rows = table.rows.flatMap((row) => {
      const main = html`<tr><th scope="row">${row.label}</th><td class="num" data-group="${row.pupilGroup}" data-quantity="cohort">${showValue(row.cohort, { decimals: 0 })}</td>${list.map((m) => figureCells(row.pupilGroup, m.code, row.cells.get(m.code), decimals(m.code)))}</tr>`;
      const hasOther =
        row.pupilGroup === disadvantaged && list.some((m) => row.cells.get(m.code)?.gapToNationalOther !== undefined);
      const other = hasOther
        ? html`<tr class="other"><th scope="row">${row.label} vs other pupils nationally: their rate, gap</th><td></td>${list.map((m) => figureCells(row.pupilGroup, m.code, row.cells.get(m.code), decimals(m.code), true))}</tr>`
        : html``;
      return [main, other];
    });
    return html`<table class="area" data-level="${first?.level}" data-area="${first?.areaCode}">
<caption>${caption}${part}</caption>
<thead><tr><th scope="col" rowspan="2">Pupil group</th><th scope="col" rowspan="2" class="num">Cohort</th>${list.map((m) => html`<th scope="colgroup" colspan="2" class="measure">${m.label}</th>`)}</tr>
<tr>${list.map((m) => html`<th scope="col" class="num">${m.kind === 'mean' ? 'Mean' : '%'}</th><th scope="col" class="num">Gap</th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table>
`;
  })}`;
}
