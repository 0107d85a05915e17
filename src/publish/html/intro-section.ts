// The head of the report: what it is, whether it may be published, the symbols, and contents.
import type { ReportCharts } from '../report-charts/report-charts.js';
import { html, type Html } from './escape-html.js';

export interface Contents {
  id: string;
  title: string;
}

export function reportTitle(data: ReportCharts): string {
  const p = data.predictions;
  return `${data.context.settings.city.name}: ${p.keyStage} predictions ${p.academicYear}, ${p.round} round`;
}

export function introSection(data: ReportCharts, contents: readonly Contents[], generatedAt?: Date): Html {
  const cat = data.context.catalogue;
  const p = data.predictions;
  const keyStage = cat.keyStages.find((k) => k.code === p.keyStage)?.label ?? p.keyStage;
  const schools = `${p.returns} ${p.returns === 1 ? 'school' : 'schools'}`;
  const publication = p.published
    ? html`<p class="notice published"><strong>For publication.</strong> Counts of 1 to ${p.threshold} pupils, and every figure from which one could be worked out (from totals, other groups or other schools shown here), are shown as <b>c</b> in the tables and the charts alike.</p>`
    : html`<p class="notice restricted"><strong>Not for publication.</strong> This version shows small numbers of pupils. Make the published version with <code>--published</code>.</p>`;
  return html`<header id="top">
<h1>${reportTitle(data)}</h1>
<p class="lede">${keyStage}: the outcomes schools predict for their pupils at the end of ${p.academicYear}, from the current accepted ${p.round.toLowerCase()} returns of ${schools}, added up to collaborative group and city level and set against the national average for the same pupil group and measure.${data.attendance ? html` With attendance for the ${data.attendance.term.toLowerCase()} term.` : ''}</p>
<p>A rate is the pupils predicted to reach a measure divided by the pupils in the group, summed over schools (Σ pupils ÷ Σ cohort), never an average of schools' percentages. The <b>gap</b> to national is the local rate minus the national rate in percentage points: <span class="above">+ above national</span>, <span class="below">− below</span>. The charts show ${cat.measure(data.measure).label} unless they say otherwise.</p>
${publication}
<p class="symbols">Symbols: <b>c</b> suppressed (too few pupils to publish) · <b>x</b> not available · <b>z</b> not applicable.${generatedAt ? html` Made ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.` : ''}</p>
<nav class="contents" aria-label="Contents"><h2>Contents</h2><ol>${contents.map(
    (c) => html`<li><a href="#${c.id}">${c.title}</a></li>`,
  )}</ol></nav>
</header>
`;
}
