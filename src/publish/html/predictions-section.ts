// The predictions sections: the city table, the charts, then collaborative group and school
// tables. Tables come from area-tables.ts, charts from the same report, so both show the same
// figures and the same c.
import type { Level } from '../../aggregate/predictions/aggregate-predictions.js';
import { cliText } from '../../messages/cli-text.js';
import { htmlText } from '../../messages/html-text.js';
import type { ReportCharts } from '../report-charts/report-charts.js';
import { areaTables } from '../predictions/area-tables.js';
import type { PredictionsReport } from '../predictions/predictions-report.js';
import { areaTableHtml } from './area-table-html.js';
import { chartFigure } from './chart-figure.js';
import { html, type Html } from './escape-html.js';
import { markedHtml, strong } from './marked-html.js';

const tablesAt = (data: ReportCharts, level: Level) =>
  areaTables(
    { ...data.predictions, rows: data.predictions.rows.filter((r) => r.level === level) },
    data.context.catalogue,
  );

function nationalNote(report: PredictionsReport): Html {
  if (report.nationalFallbackYears.length === 0) return html``;
  const note = htmlText['html-city.national-fallback'](report.academicYear, report.nationalFallbackYears);
  return html`<p class="note">${note}</p>`;
}

export function cityTableSection(data: ReportCharts): Html {
  const [city] = tablesAt(data, 'city');
  const { keyStage, round, academicYear } = data.predictions;
  return html`<section id="city" class="city">
<h2>${htmlText['html-section.city']}</h2>
${
  city
    ? [
        areaTableHtml(city, htmlText['html-city.caption'](data.context.settings.city.name)),
        nationalNote(data.predictions),
      ]
    : html`<p class="empty">${cliText['report.no-returns'](keyStage, round, academicYear)}</p>`
}
</section>
`;
}

/** The city's and groups' charts; with `schools`, the charts of every school, for the schools' part. */
export function predictionChartsSection(data: ReportCharts, svgs: ReadonlyMap<string, string>, schools = false): Html {
  const charts = data.predictionCharts.filter((c) => (c.about === 'schools') === schools);
  const [id, title] = schools
    ? ['school-charts', htmlText['html-appendix.charts']]
    : ['charts', htmlText['html-section.charts']];
  return html`<section id="${id}" class="charts">
<h2>${title}</h2>
<p>${htmlText['html-charts.intro'](data.predictions.published)}</p>
${charts.map((c) => chartFigure(c, svgs.get(c.slug) ?? ''))}
${data.withheldCharts.map((w) => {
  const sentence = markedHtml(htmlText['html-charts.withheld'](w.title, w.reason), strong);
  return html`<p class="withheld" id="${w.slug}">${sentence}</p>`;
})}
</section>
`;
}

/** The tables of every group or school; `after` adds what follows an area's table (a group's schools). */
export function areaTablesSection(
  data: ReportCharts,
  level: 'group' | 'school',
  after: (areaCode: string) => Html = () => html``,
): Html {
  const tables = tablesAt(data, level);
  const [id, title, none] =
    level === 'group'
      ? ['groups', htmlText['html-section.groups'], htmlText['html-groups.none']]
      : ['schools', htmlText['html-appendix.schools'], htmlText['html-schools.none']];
  return html`<section id="${id}" class="${id}">
<h2>${title}</h2>
${
  tables.length > 0
    ? tables.map((t) => html`<div class="area-block">${areaTableHtml(t)}${after(t.areaCode)}</div>`)
    : html`<p class="empty">${none}</p>`
}
</section>
`;
}
