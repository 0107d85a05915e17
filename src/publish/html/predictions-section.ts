// The predictions sections: the city table, the charts, then collaborative group and school
// tables. Tables come from area-tables.ts, charts from the same report, so both show the same
// figures and the same c.
import type { Level } from '../../aggregate/predictions/aggregate-predictions.js';
import type { ReportCharts } from '../report-charts/report-charts.js';
import { areaTables } from '../predictions/area-tables.js';
import type { PredictionsReport } from '../predictions/predictions-report.js';
import { areaTableHtml } from './area-table-html.js';
import { chartFigure } from './chart-figure.js';
import { html, type Html } from './escape-html.js';

const tablesAt = (data: ReportCharts, level: Level) =>
  areaTables(
    { ...data.predictions, rows: data.predictions.rows.filter((r) => r.level === level) },
    data.context.catalogue,
  );

function nationalNote(report: PredictionsReport): Html {
  if (report.nationalFallbackYears.length === 0) return html``;
  const years = report.nationalFallbackYears.join(', ');
  return html`<p class="note">National figures for ${
    report.academicYear
  } were not all in the store; where one was missing the latest earlier year was used (${
    years
  }). The provenance section lists which.</p>`;
}

export function cityTableSection(data: ReportCharts): Html {
  const [city] = tablesAt(data, 'city');
  return html`<section id="city" class="city">
<h2>The city</h2>
${
  city
    ? [
        areaTableHtml(city, `${data.context.settings.city.name}: all schools with a return, by pupil group`),
        nationalNote(data.predictions),
      ]
    : html`<p class="empty">No accepted ${data.predictions.keyStage} ${data.predictions.round} returns for ${
        data.predictions.academicYear
      } in the store.</p>`
}
</section>
`;
}

export function predictionChartsSection(data: ReportCharts, svgs: ReadonlyMap<string, string>): Html {
  return html`<section id="charts" class="charts">
<h2>Gap to national: charts</h2>
<p>Each chart has the numbers it is drawn from beside it.${
    data.predictions.published ? ' Suppressed figures are not drawn, and are shown as c.' : ''
  }</p>
${data.predictionCharts.map((c) => chartFigure(c, svgs.get(c.slug) ?? ''))}
${data.withheldCharts.map(
  (w) => html`<p class="withheld" id="${w.slug}"><strong>${w.title}</strong>: not drawn; ${w.reason}.</p>`,
)}
</section>
`;
}

export function areaTablesSection(data: ReportCharts, level: 'group' | 'school'): Html {
  const tables = tablesAt(data, level);
  const [id, title, none] =
    level === 'group'
      ? ['groups', 'Collaborative groups', 'No school with a return belongs to a collaborative group for this year.']
      : ['schools', 'Schools', 'No school returns.'];
  return html`<section id="${id}" class="${id}">
<h2>${title}</h2>
${
  tables.length > 0
    ? tables.map((t) => html`<div class="area-block">${areaTableHtml(t)}</div>`)
    : html`<p class="empty">${none}</p>`
}
</section>
`;
}
