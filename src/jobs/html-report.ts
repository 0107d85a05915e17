// The HTML report, a paper for the Board: (1) the reports and their charts, built once,
// published or not, (2) the charts drawn to SVG, (3) where the figures came from and who they
// cover (the schools left out, the amendments, each group's schools), (4) the paper's sections:
// the city, its charts, the collaborative groups, attendance by area, provenance, (5) each
// school's tables and charts, in an appendix after the paper or in a page of their own, (6) pages
// with everything inline and nothing to load.
import { termWords } from '../publish/html/period-words.js';
import { htmlText } from '../messages/html-text.js';
import type { Store } from '../store/open-store.js';
import { buildReportCharts } from './charts/report-charts.js';
import type { NamedChart } from '../publish/report-charts/named-chart.js';
import type { ReportCharts, ReportScope } from '../publish/report-charts/report-charts.js';
import { renderSvg } from '../publish/charts/index.js';
import {
  attendanceSchoolsSection,
  attendanceSection,
  noAttendanceSection,
} from '../publish/html/attendance-section.js';
import { severeAndReasonsSection } from '../publish/html/reasons-section.js';
import { html, type Html } from '../publish/html/escape-html.js';
import { htmlPage } from '../publish/html/html-page.js';
import { bold, markedHtml } from '../publish/html/marked-html.js';
import { introSection, reportTitle, type Contents } from '../publish/html/intro-section.js';
import { areaTablesSection, cityTableSection, predictionChartsSection } from '../publish/html/predictions-section.js';
import { provenanceSection, type Provenance } from '../publish/html/provenance-section.js';
import { coverageSection, groupMembersHtml } from '../publish/html/coverage-section.js';
import { returnsProvenance, unplacedRefusals } from '../store/queries/provenance.js';
import { loadCoverage } from './html-coverage.js';
import { withExplanations } from './explain-figure.js';
import { categoriesPart } from './html-categories.js';
import { ifAchievedPart } from './html-if-achieved.js';
import { loadHeadline } from './html-headline.js';
import { headlineSection } from '../publish/html/headline-section.js';
import { headlineText } from '../messages/headline-text.js';

export interface HtmlReportOptions extends ReportScope {
  /** When the report was made, printed in its head; none for a reproducible file. */
  generatedAt?: Date;
  /**
   * Where each school's tables and charts go: `appendix` (the default) after the paper, from a new
   * page; `separate` a page of their own, the paper naming it (`schoolsFile`).
   */
  schools?: 'appendix' | 'separate';
  /** The name of the schools' page, when separate, as the paper refers to it. */
  schoolsFile?: string;
  /** The side file each city and group figure links to, explained (issue 16); none: no links. */
  explainFile?: string;
}

export interface HtmlReport {
  /** The paper: with the schools in an appendix, unless they are separate. */
  paper: string;
  /** The schools' page, when separate. */
  schools?: string;
  /** Every city and group figure explained, when `explainFile` was given. */
  explain?: string;
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
          label: htmlText['html-provenance.attendance'](o.academicYear, o.halfTerm ?? o.term),
          returns: await returnsProvenance(store, {
            kind: 'attendance',
            academicYear: o.academicYear,
            period: o.halfTerm ?? o.term,
          }),
        };
  const times = [predictions, attendance?.returns]
    .flatMap((p) => (p?.earliest && p.latest ? [p.earliest, p.latest] : []))
    .sort();
  const unplaced = times.length > 0 ? await unplacedRefusals(store, times[0]!, times.at(-1)!) : [];
  return { predictions, ...(attendance ? { attendance } : {}), unplaced };
}

const hasCharts = (data: ReportCharts, schools: boolean) =>
  data.predictionCharts.some((c) => (c.about === 'schools') === schools) ||
  (!schools && data.withheldCharts.length > 0);

function contentsOf(data: ReportCharts, o: HtmlReportOptions): Contents[] {
  const appendix = (o.schools ?? 'appendix') === 'appendix';
  const attendance = o.term !== undefined;
  return [
    { id: 'headline', title: headlineText['headline.title'] },
    { id: 'coverage', title: htmlText['html-section.coverage'] },
    { id: 'city', title: htmlText['html-section.city'] },
    ...(hasCharts(data, false) ? [{ id: 'charts', title: htmlText['html-section.charts'] }] : []),
    { id: 'groups', title: htmlText['html-section.groups'] },
    ...(attendance
      ? [
          {
            id: 'attendance',
            title: htmlText['html-section.attendance'](
              termWords({ term: o.term!, halfTerm: o.halfTerm }),
              o.yearToDate,
            ),
          },
        ]
      : []),
    { id: 'provenance', title: htmlText['html-section.provenance'] },
    ...(appendix ? [{ id: 'schools', title: htmlText['html-appendix.schools'] }] : []),
    ...(appendix && hasCharts(data, true) ? [{ id: 'school-charts', title: htmlText['html-appendix.charts'] }] : []),
    ...(appendix && data.attendance ? [{ id: 'attendance-schools', title: htmlText['html-appendix.ranked'] }] : []),
  ];
}

/** Each school's tables and charts: predictions, their charts, attendance ranked. */
function schoolsPart(data: ReportCharts, svgs: ReadonlyMap<string, string>): Html {
  return html`${areaTablesSection(data, 'school')}
${hasCharts(data, true) ? predictionChartsSection(data, svgs, true) : ''}
${
  data.attendance ? attendanceSchoolsSection(data.attendance, data.attendanceCharts, svgs, data.context.catalogue) : ''
}`;
}

/** The paper, the schools' page when separate, and the explanations' side file when asked for. */
export async function buildHtmlPaper(store: Store, options: HtmlReportOptions): Promise<HtmlReport> {
  const built = await buildPaperAndSchools(store, options);
  return options.explainFile ? withExplanations(store, options, built, options.explainFile) : built;
}

/** The paper, and the schools' page when separate: self-contained HTML documents. */
async function buildPaperAndSchools(store: Store, options: HtmlReportOptions): Promise<HtmlReport> {
  const data = await buildReportCharts(store, options);
  const svgs = await drawAll([...data.predictionCharts, ...data.attendanceCharts]);
  const provenance = await loadProvenance(store, options);
  const coverage = await loadCoverage(store, options, data.context.catalogue);
  const headline = await loadHeadline(store, data, coverage);
  const what = htmlText['html-provenance.predictions'](options.keyStage, options.round, options.academicYear);
  const separate = options.schools === 'separate';
  const attendance =
    options.term === undefined
      ? html``
      : data.attendance
        ? attendanceSection(data.attendance, data.attendanceCharts, svgs, data.context.catalogue)
        : noAttendanceSection(
            options.academicYear,
            termWords({ term: options.term, halfTerm: options.halfTerm }),
            options.yearToDate,
            options.phase,
          );
  const members = (code: string) => groupMembersHtml(coverage.groups.find((g) => g.code === code));
  const intro = introSection(
    data,
    contentsOf(data, options),
    options.generatedAt,
    separate ? options.schoolsFile : undefined,
  );
  const { settings, catalogue } = data.context;
  const scope = {
    ...options,
    city: settings.city.name,
    wholeCohort: catalogue.pupilGroup(catalogue.wholeCohort).label,
  };
  const body = html`${intro}
${headlineSection(headline, scope)}
<main>
${coverageSection(coverage, what, options.published)}
${cityTableSection(data)}
${hasCharts(data, false) ? predictionChartsSection(data, svgs) : ''}
${areaTablesSection(data, 'group', members)}
${await ifAchievedPart(store, options, data)}
${await categoriesPart(store, options, data.context)}
${attendance}${data.attendance ? severeAndReasonsSection(data.attendance, data.context.catalogue) : ''}
${provenanceSection(data, provenance)}
${separate ? '' : html`<div class="appendix">${schoolsPart(data, svgs)}</div>`}
</main>`;
  const title = reportTitle(data);
  if (!separate) return { paper: htmlPage(title, body) };
  const schoolsTitle = htmlText['html-appendix.page-title'](title);
  const symbols = markedHtml(htmlText['html-intro.symbols'](undefined), bold, bold, bold);
  const schools = html`<header id="top"><h1>${schoolsTitle}</h1><p class="symbols">${symbols}</p></header>
<main>
${schoolsPart(data, svgs)}
</main>`;
  return { paper: htmlPage(title, body), schools: htmlPage(schoolsTitle, schools) };
}

/** The whole report as one self-contained HTML document, the schools in its appendix. */
export async function buildHtmlReport(store: Store, options: HtmlReportOptions): Promise<string> {
  return (await buildHtmlPaper(store, { ...options, schools: 'appendix' })).paper;
}
