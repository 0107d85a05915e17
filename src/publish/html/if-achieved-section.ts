// The Board paper's "if achieved" (issue 16, item 2; Peterborough 2A.3): for the pupil groups the
// catalogue marks, the city's and each collaborative group's predicted rate on the paper's measure
// beside last year's actual, and whether the gap to the compared group nationally closes. The rows of
// `report if-achieved`, through the same table, cut to the paper's levels and measure.
import type { Catalogue } from '../../domain/catalogue.js';
import { forecastText } from '../../messages/forecast-text.js';
import type { IfAchievedReport } from '../forecast/if-achieved-report.js';
import { ifAchievedReaderTable } from '../forecast/if-achieved-tables.js';
import { tableHtml } from '../writers/html-writer.js';
import { html, type Html } from './escape-html.js';

export function ifAchievedSection(report: IfAchievedReport, measure: string, cat: Catalogue): Html {
  const shown = { ...report, rows: report.rows.filter((r) => r.measure === measure && r.level !== 'school') };
  const table = ifAchievedReaderTable(shown, cat);
  return html`<section id="if-achieved">
<h2>${forecastText['if-achieved.paper-title'](cat.measure(measure).label)}</h2>
<p>${forecastText['if-achieved.method'](report.lastYear)}</p>
${
  shown.rows.length > 0
    ? tableHtml(table, { className: 'if-achieved', caption: table.title })
    : html`<p>${forecastText['if-achieved.none'](report.keyStage, report.academicYear)}</p>`
}
</section>`;
}
