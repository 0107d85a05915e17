// The Board paper's side file (`board.html` → `board-explain.html`): every city and collaborative
// group figure explained as `school-returns explain` explains it, one section each under an id the
// paper's figures link to, with no script. And the pass that links the paper's figures to it: the
// area tables name each figure's level, area, pupil group and measure in data-* attributes
// (publish/html/area-table-html.ts), so the paper's own markup is left as it was built.
import type { Catalogue } from '../../domain/catalogue.js';
import { explainText } from '../../messages/explain-text.js';
import { escapeHtml, html, type Html } from '../html/escape-html.js';
import { htmlPage } from '../html/html-page.js';
import { bold, markedHtml } from '../html/marked-html.js';
import { htmlText } from '../../messages/html-text.js';
import { isList } from '../table/published-table.js';
import { listHtml, tableHtml } from '../writers/html-writer.js';
import { explainedWhat, explanationNotes, explanationTables } from './explanation-tables.js';
import type { Explanation, FigureKey } from './explanation.js';

/** A figure's anchor: its level, area, pupil group and measure, each character outside [A-Za-z0-9_] as .hex. */
export function explainAnchor(k: Pick<FigureKey, 'level' | 'areaCode' | 'pupilGroup' | 'measure'>): string {
  const safe = (s: string) =>
    [...s].map((c) => (/[A-Za-z0-9_]/.test(c) ? c : `.${c.codePointAt(0)!.toString(16)}`)).join('');
  return `explain-${[k.level, k.areaCode, k.pupilGroup, k.measure].map(safe).join('-')}`;
}

function sectionHtml(e: Explanation, cat: Catalogue): Html {
  const tables = explanationTables(e, cat).filter((t) => !(e.withheld && t.id === 'cells'));
  return html`<section id="${explainAnchor(e.key)}" class="explain">
<h2>${explainedWhat(e, cat)}</h2>
${explanationNotes(e).map((n) => html`<p class="note">${n}</p>\n`)}
${tables.map((t) => [
  (t.notes?.above ?? []).map((n) => html`<p class="note">${n}</p>\n`),
  isList(t) ? listHtml(t) : t.rows.length > 0 ? tableHtml(t, { className: 'explain' }) : html``,
  (t.notes?.below ?? []).map((n) => html`<p class="note">${n}</p>\n`),
])}
</section>
`;
}

/** The side file: a title, then a section per figure. */
export function explainPage(title: string, explanations: readonly Explanation[], cat: Catalogue): string {
  const pageTitle = explainText['html.page-title'](title);
  return htmlPage(
    pageTitle,
    html`<header id="top"><h1>${pageTitle}</h1><p>${explainText['html.intro']}</p>
<p class="symbols">${markedHtml(htmlText['html-intro.symbols'](undefined), bold, bold, bold)}</p></header>
<main>
${explanations.map((e) => sectionHtml(e, cat))}
</main>`,
  );
}

/**
 * The figure keeps its own ink: in the paper colour means better or worse (a link's blue would read
 * as above national); a dotted underline says it leads somewhere. Inline, as the CSP allows.
 */
const LINK_STYLE = ' style="color: inherit; text-decoration: underline dotted"';

const ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITY[e]!);

/**
 * The paper with each city and group figure (a rate or mean cell of an area table) linked to its
 * section of the side file `explainFile`; only figures with a section are linked.
 */
export function linkFigures(paper: string, explainFile: string, explained: ReadonlySet<string>): string {
  return paper.replace(
    /(<table class="area" data-level="(city|group)" data-area="([^"]*)">)([\s\S]*?)(<\/table>)/g,
    (_, open: string, level: string, area: string, body: string, close: string) =>
      open +
      body.replace(
        /(<td class="num" data-group="([^"]*)" data-measure="([^"]*)" data-quantity="rate">)([^<]*)(<\/td>)/g,
        (cell, td: string, group: string, measure: string, shown: string, end: string) => {
          const anchor = explainAnchor({
            level: level as FigureKey['level'],
            areaCode: unescape(area),
            pupilGroup: unescape(group),
            measure: unescape(measure),
          });
          if (!explained.has(anchor)) return cell;
          return `${td}<a href="${escapeHtml(explainFile)}#${anchor}"${LINK_STYLE}>${shown}</a>${end}`;
        },
      ) +
      close,
  );
}
