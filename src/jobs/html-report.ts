// The HTML report: (1) the reports and their charts, built once, published or not, (2) the
// charts drawn to SVG, (3) where the figures came from and who they cover (the schools left
// out, the amendments, each group's schools), (4) the sections, (5) one page with everything
// inline and nothing to load.
import { htmlText } from '../messages/html-text.js';
import type { Store } from '../store/open-store.js';
import { buildReportCharts } from './charts/report-charts.js';
import type { NamedChart } from '../publish/report-charts/named-chart.js';
import type { ReportCharts, ReportScope } from '../publish/report-charts/report-charts.js';
import { renderSvg } from '../publish/charts/index.js';
import { attendanceSection, noAttendanceSection } from '../publish/html/attendance-section.js';
import { html } from '../publish/html/escape-html.js';
import { htmlPage } from '../publish/html/html-page.js';
import { introSection, reportTitle, type Contents } from '../publish/html/intro-section.js';
import { areaTablesSection, cityTableSection, predictionChartsSection } from '../publish/html/predictions-section.js';
import { coverageSection, groupMembersHtml } from '../publish/html/coverage-section.js';
import { loadCoverage } from './html-coverage.js';
import { provenanceSection, type Provenance } from '../publish/html/provenance-section.js';
import { returnsProvenance, unplacedRefusals } from '../store/queries/provenance.js';

export interface HtmlReportOptions extends ReportScope {
  /** When the report was made, printed in its head; none for a reproducible file. */
  generatedAt?: Date;
}

async function drawAll(charts: readonly NamedChart[]): Promise<Map<string, string>> {
  const svgs = new Map<string, string>();
  for (const c of charts) svgs.set(c.slug, await renderSvg(c.chart.spec));
  return svgs;
}

async function loadProvenance(store: Store, o: HtmlReportOptions): Promise<Provenance> {
  const predictions = await returnsProvenance(store, {
    kind: 'predictions',
    academicYear: o.academicYear,
    period: o.round,
    keyStage: o.keyStage,
  });
  const attendance =
    o.term === undefined
      ? undefined
      : {
          label: htmlText['html-provenance.attendance'](o.academicYear, o.term),
          returns: await returnsProvenance(store, { kind: 'attendance', academicYear: o.academicYear, period: o.term }),
        };
  const times = [predictions, attendance?.returns]
    .flatMap((p) => (p?.earliest && p.latest ? [p.earliest, p.latest] : []))
    .sort();
  const unplaced = times.length > 0 ? await unplacedRefusals(store, times[0]!, times.at(-1)!) : [];
  return { predictions, ...(attendance ? { attendance } : {}), unplaced };
}

function contentsOf(data: ReportCharts, o: HtmlReportOptions): Contents[] {
  return [
    { id: 'coverage', title: htmlText['html-section.coverage'] },
    { id: 'city', title: htmlText['html-section.city'] },
    { id: 'charts', title: htmlText['html-section.charts'] },
    { id: 'groups', title: htmlText['html-section.groups'] },
    { id: 'schools', title: htmlText['html-section.schools'] },
    ...(o.term !== undefined
      ? [{ id: 'attendance', title: htmlText['html-section.attendance'](o.term, o.yearToDate) }]
      : []),
    { id: 'provenance', title: htmlText['html-section.provenance'] },
  ].filter((c) => c.id !== 'charts' || data.predictionCharts.length + data.withheldCharts.length > 0);
}

/** The whole report as one self-contained HTML document. */
export async function buildHtmlReport(store: Store, options: HtmlReportOptions): Promise<string> {
  const data = await buildReportCharts(store, options);
  const svgs = await drawAll([...data.predictionCharts, ...data.attendanceCharts]);
  const provenance = await loadProvenance(store, options);
  const coverage = await loadCoverage(store, options, data.context.catalogue);
  const what = htmlText['html-provenance.predictions'](options.keyStage, options.round, options.academicYear);
  const attendance =
    options.term === undefined
      ? html``
      : data.attendance
        ? attendanceSection(data.attendance, data.attendanceCharts, svgs, data.context.catalogue)
        : noAttendanceSection(options.academicYear, options.term, options.yearToDate, options.phase);
  const body = html`${introSection(data, contentsOf(data, options), options.generatedAt)}
<main>
${coverageSection(coverage, what, options.published)}
${cityTableSection(data)}
${data.predictionCharts.length + data.withheldCharts.length > 0 ? predictionChartsSection(data, svgs) : ''}
${areaTablesSection(data, 'group', (code) => groupMembersHtml(coverage.groups.find((g) => g.code === code)))}
${areaTablesSection(data, 'school')}
${attendance}
${provenanceSection(data, provenance)}
</main>`;
  return htmlPage(reportTitle(data), body);
}
