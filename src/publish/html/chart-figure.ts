// A chart as a figure: the drawing, inline, with the numbers behind it in a table beside it
// (below it on a narrow screen and in print). The table is always shown, never folded away,
// so a printed copy carries the numbers too.
import { htmlText } from '../../messages/html-text.js';
import type { NamedChart } from '../report-charts/named-chart.js';
import { html, type Html } from './escape-html.js';
import { inlineSvg } from './inline-svg.js';
import { showChartCell } from './number-format.js';

export function chartFigure(named: NamedChart, svg: string): Html {
  const { columns, rows } = named.chart.table;
  return html`<figure class="chart" id="${named.slug}" data-chart="${named.slug}">
<div class="chart-drawing">${inlineSvg(svg, named.slug)}</div>
<figcaption>
<table class="numbers">
<caption>${htmlText['html-chart.numbers'](named.title)}</caption>
<thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr>${row.map((cell, i) =>
        i === 0
          ? html`<th scope="row">${showChartCell(cell, columns[i] ?? '')}</th>`
          : html`<td class="${typeof cell === 'string' && cell.length > 1 ? 'text' : 'num'}">${showChartCell(
              cell,
              columns[i] ?? '',
            )}</td>`,
      )}</tr>`,
  )}</tbody>
</table>
</figcaption>
</figure>
`;
}
