// The paper's first page (issue 13): the headline figures, one page, before the tables. Each
// figure is written as the tables write it (rates to one decimal, gaps signed and coloured for
// better or worse, c where withheld), with a data-* name so tests can read it back.
import { htmlText } from '../../messages/html-text.js';
import { headlineText as t } from '../../messages/headline-text.js';
import { ratingColour } from '../rating-colours.js';
import type { Shown } from '../predictions/predictions-report.js';
import { html, type Html } from './escape-html.js';
import type { Headline, HeadlineMeasure } from './headline-figures.js';
import { gapClass, showValue } from './number-format.js';

const num = (value: Shown, name: string, decimals = 1) =>
  html`<td class="num" data-headline="${name}">${showValue(value, { decimals })}</td>`;
const gap = (value: Shown, name: string, better: 'higher' | 'lower' = 'higher', decimals = 1) => {
  const shown = showValue(value, { signed: true, decimals });
  return html`<td class="${gapClass(value, better)}" data-headline="${name}">${shown}</td>`;
};
const head = (cells: readonly string[]) =>
  cells.map((x, i) => (i === 0 ? html`<th>${x}</th>` : html`<th class="num">${x}</th>`));

function measureRow(m: HeadlineMeasure): Html {
  const d = m.kind === 'mean' ? 2 : 1;
  const unit = m.kind === 'mean' ? '' : ' (%)';
  const year = m.nationalYear ? html` <span class="note">(${t['headline.national-year'](m.nationalYear)})</span>` : '';
  return html`<tr><th scope="row">${m.label}${unit}</th>${num(m.city, `${m.label}|city`, d)}${num(
    m.national,
    `${m.label}|national`,
    d,
  )}${gap(m.gap, `${m.label}|gap`, 'higher', d)}${num(m.neighbours, `${m.label}|neighbours`, d)}${num(
    m.region,
    `${m.label}|region`,
    d,
  )}${num(m.lastYear, `${m.label}|last-year`, d)}<td class="text">${year}</td></tr>`;
}

function measuresTable(h: Headline, city: string, caption: string): Html {
  const heads = [
    t['headline.column.measure'],
    t['headline.column.city'](city),
    t['headline.column.national'],
    t['headline.column.gap'],
    t['headline.column.neighbours'],
    t['headline.column.region'],
    t['headline.column.last-year'](h.lastYear),
  ];
  return html`<table class="headline"><caption>${caption}</caption>
<thead><tr>${head(heads)}<th></th></tr></thead>
<tbody>${h.measures.map(measureRow)}</tbody></table>`;
}

function disadvantageTable(h: Headline): Html {
  const d = h.disadvantage;
  if (!d) return html``;
  const heads = [
    t['headline.column.group'](d.group),
    t['headline.column.other-pupils'],
    t['headline.column.gap-other'],
    t['headline.column.last-year-gap'](h.lastYear),
  ];
  const caption = t['headline.disadvantage-caption'](d.group, d.measure);
  return html`<table class="headline disadvantage"><caption>${caption}</caption>
<thead><tr>${heads.map((x) => html`<th class="num">${x}</th>`)}</tr></thead>
<tbody><tr>${num(d.city, 'disadvantage|city')}${num(d.nationalOther, 'disadvantage|other')}${gap(
    d.gap,
    'disadvantage|gap',
  )}${gap(d.lastYearGap, 'disadvantage|last-year-gap')}</tr></tbody></table>`;
}

function attendanceTable(h: Headline, city: string): Html {
  const a = h.attendance;
  if (!a) return html``;
  const heads = [
    t['headline.column.measure'],
    t['headline.column.city'](city),
    t['headline.column.national'],
    t['headline.column.gap'],
    t['headline.column.trend'],
    t['headline.column.target'],
    t['headline.column.rating'],
  ];
  const colour = ratingColour(a.rating);
  const rows = a.rates.map((r, i) => {
    const first = i === 0;
    const tail = first
      ? html`<td class="text" data-headline="trend">${a.trend}</td>${num(a.target, 'target')}<td class="${
          colour?.className ?? 'text'
        }" data-headline="rating">${a.rating ?? ''}</td>`
      : html`<td></td><td></td><td></td>`;
    return html`<tr><th scope="row">${r.label} (%)</th>${num(r.city, `${r.label}|city`)}${num(
      r.national,
      `${r.label}|national`,
    )}${gap(r.gap, `${r.label}|gap`, 'lower')}${tail}</tr>`;
  });
  const caption = htmlText['html-attendance.title'](a.academicYear, a.term, a.yearToDate, a.phase);
  return html`<table class="headline attendance"><caption>${caption}</caption>
<thead><tr>${head(heads)}</tr></thead>
<tbody>${rows}</tbody></table>`;
}

function coverageLines(h: Headline, published: boolean): Html {
  const c = h.coverage;
  const left = c.leftOut.map(
    (s) =>
      html`<li>${htmlText['html-coverage.left-out'](s.name, s.urn, s.state, published ? undefined : s.reason)}</li>`,
  );
  return html`<h3>${t['headline.coverage-title']}</h3>
<p data-headline="coverage">${t['headline.counted'](c.counted, c.asked, c.leftOut.length)}</p>
${c.leftOut.length > 0 ? html`<ul class="left-out">${left}</ul>` : ''}
<p data-headline="amendments">${t['headline.amendments'](c.amendments, c.queries.open)}</p>`;
}

function comparatorLines(h: Headline): Html {
  const items = h.comparators.map(
    (n) =>
      html`<li>${t['headline.comparator-level'](n.level, n.area)}: ${n.uses
        .map((u) => t['headline.comparator-use'](u.year, u.measures, u.source, u.provisional))
        .join('; ')}.</li>`,
  );
  const missing = [
    ...(h.measures.every((m) => m.neighbours === 'x' && m.region === 'x')
      ? [t['headline.no-neighbours'](h.academicYear)]
      : []),
    ...(h.measures.every((m) => m.lastYear === 'x') ? [t['headline.last-year-none'](h.lastYear)] : []),
  ];
  return html`<h3>${t['headline.comparators-title']}</h3>
<ul class="comparators">${items}${missing.map((m) => html`<li>${m}</li>`)}</ul>`;
}

export interface HeadlineScope {
  city: string;
  keyStage: string;
  round: string;
  wholeCohort: string;
  published: boolean;
}

export function headlineSection(h: Headline, s: HeadlineScope): Html {
  const caption = t['headline.caption'](s.city, s.wholeCohort, s.keyStage, h.academicYear, s.round);
  return html`<section id="headline" class="headline">
<h2>${t['headline.title']}</h2>
${measuresTable(h, s.city, caption)}
${disadvantageTable(h)}
${attendanceTable(h, s.city)}
${coverageLines(h, s.published)}
${comparatorLines(h)}
<p class="note">${t['headline.more']}</p>
</section>
`;
}
