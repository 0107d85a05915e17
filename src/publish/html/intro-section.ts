// The head of the report: what it is, whether it may be published, the symbols, and contents.
import { termWords } from './period-words.js';
import { htmlText } from '../../messages/html-text.js';
import type { ReportCharts } from '../report-charts/report-charts.js';
import { html, type Html } from './escape-html.js';
import { bold, code, markedHtml, strong } from './marked-html.js';

export interface Contents {
  id: string;
  title: string;
}

export function reportTitle(data: ReportCharts): string {
  const p = data.predictions;
  return htmlText['html-intro.title'](data.context.settings.city.name, p.keyStage, p.academicYear, p.round);
}

const above = (words: string) => html`<span class="above">${words}</span>`;
const below = (words: string) => html`<span class="below">${words}</span>`;

/** The head; `schoolsFile` names the page the schools' tables are in, when not in the appendix. */
export function introSection(
  data: ReportCharts,
  contents: readonly Contents[],
  generatedAt?: Date,
  schoolsFile?: string,
): Html {
  const cat = data.context.catalogue;
  const p = data.predictions;
  const keyStage = cat.keyStages.find((k) => k.code === p.keyStage)?.label ?? p.keyStage;
  const forPublication = htmlText['html-intro.for-publication'](p.threshold);
  const publication = p.published
    ? html`<p class="notice published">${markedHtml(forPublication, strong, bold)}</p>`
    : html`<p class="notice restricted">${markedHtml(htmlText['html-intro.not-for-publication'], strong, code)}</p>`;
  const lede = htmlText['html-intro.lede'](
    keyStage,
    p.academicYear,
    p.round,
    p.returns,
    data.attendance && termWords(data.attendance),
  );
  const contentsTitle = htmlText['html-intro.contents'];
  const madeAt = generatedAt ? `${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : undefined;
  return html`<header id="top">
<h1>${reportTitle(data)}</h1>
<p class="lede">${lede}</p>
<p>${htmlText['html-intro.schools-where'](schoolsFile)}</p>
<p>${markedHtml(htmlText['html-intro.rates'](cat.measure(data.measure).label), bold, above, below)}</p>
${publication}
<p class="symbols">${markedHtml(htmlText['html-intro.symbols'](madeAt), bold, bold, bold)}</p>
<nav class="contents" aria-label="${contentsTitle}"><h2>${contentsTitle}</h2><ol>${contents.map(
    (c) => html`<li><a href="#${c.id}">${c.title}</a></li>`,
  )}</ol></nav>
</header>
`;
}
