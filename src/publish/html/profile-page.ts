// A school's profile as one printed page (issue 13): a section per school, each starting a page,
// in one self-contained HTML document (htmlPage: no script, nothing loaded). Figures are written
// as the paper writes them, with data-* names so tests can read them back; every word from an
// input file (a school's or group's name) goes through the html template and is escaped.
import { htmlText } from '../../messages/html-text.js';
import { profileText as t } from '../../messages/profile-text.js';
import type { Shown } from '../predictions/predictions-report.js';
import { ratingColour } from '../rating-colours.js';
import { html, type Html } from './escape-html.js';
import { htmlPage } from './html-page.js';
import { gapClass, showValue } from './number-format.js';
import type { ProfileAttendance, ProfileFigure, SchoolProfile } from './profile-figures.js';

export interface ProfileScope {
  city: string;
  keyStage: string;
  academicYear: string;
  round: string;
  /** The year whose results are "last year". */
  lastYear: string;
  wholeCohort: string;
  threshold: number;
}

const num = (value: Shown, name: string, decimals = 1) =>
  html`<td class="num" data-profile="${name}">${showValue(value, { decimals })}</td>`;
const gap = (value: Shown, name: string, better: 'higher' | 'lower', decimals = 1) =>
  html`<td class="${gapClass(value, better)}" data-profile="${name}">${showValue(value, {
    signed: true,
    decimals,
  })}</td>`;
const head = (cells: readonly string[]) => {
  const ths = cells.map((c, i) => (i === 0 ? html`<th>${c}</th>` : html`<th class="num">${c}</th>`));
  return html`<thead><tr>${ths}</tr></thead>`;
};

function figuresTable(rows: readonly ProfileFigure[], caption: string, first: string, s: ProfileScope, key: string) {
  const body = rows.map((r) => {
    const d = r.kind === 'mean' ? 2 : 1;
    const name = `${key}|${r.label}`;
    return html`<tr><th scope="row">${r.label}</th>${num(r.cohort, `${name}|cohort`, 0)}${num(
      r.school,
      `${name}|school`,
      d,
    )}${num(r.national, `${name}|national`, d)}${gap(r.gap, `${name}|gap`, 'higher', d)}${num(
      r.lastYear,
      `${name}|last-year`,
      d,
    )}</tr>`;
  });
  const cells = [
    first,
    t['profile.column.cohort'],
    t['profile.column.school'],
    t['profile.column.national'],
    t['profile.column.gap'],
    t['profile.column.last-year'](s.lastYear),
  ];
  return html`<table class="profile"><caption>${caption}</caption>${head(cells)}<tbody>${body}</tbody></table>`;
}

function attendanceTable(a: ProfileAttendance | undefined): Html {
  if (!a) return html``;
  const period = htmlText['html-attendance.title'](a.academicYear, a.term, a.yearToDate);
  const colour = ratingColour(a.rating);
  const rows = a.rates.map((r, i) => {
    const tail =
      i === 0
        ? html`<td class="text" data-profile="trend">${a.trend}</td>${num(a.target, 'target')}<td class="${
            colour?.className ?? 'text'
          }" data-profile="rating">${a.rating ?? ''}</td>`
        : html`<td></td><td></td><td></td>`;
    return html`<tr><th scope="row">${r.label} (%)</th>${num(r.school, `${r.label}|school`)}${num(
      r.national,
      `${r.label}|national`,
    )}${gap(r.gap, `${r.label}|gap`, 'lower')}${num(r.rank, `${r.label}|rank`, 0)}${gap(
      r.change,
      `${r.label}|change`,
      'lower',
    )}${tail}</tr>`;
  });
  const cells = [
    t['profile.column.measure'],
    t['profile.column.rate'],
    t['profile.column.national'],
    t['profile.column.gap'],
    t['profile.column.rank'](a.ranked),
    t['profile.column.change'],
    t['profile.column.trend'],
    t['profile.column.target'],
    t['profile.column.rating'],
  ];
  return html`<table class="profile attendance"><caption>${period}</caption>${head(cells)}<tbody>${rows}</tbody></table>
<p class="note">${t['profile.attendance-return'](a.status)} ${t['profile.rank-direction']}</p>`;
}

export function profileSection(p: SchoolProfile, s: ProfileScope): Html {
  const caption = t['profile.predictions-caption'](s.keyStage, s.academicYear, s.round, s.wholeCohort);
  const queries =
    p.openQueries.length === 0
      ? html`<p>${t['profile.queries-none']}</p>`
      : html`<p>${t['profile.queries'](p.openQueries.length)}</p>
<ul class="queries">${p.openQueries.map((q) => html`<li>${t['profile.query'](q.figure, q.rule)}</li>`)}</ul>`;
  const members = p.group ? html` ${t['profile.group-schools'](p.group.schools)}` : '';
  return html`<section class="profile" id="school-${p.urn}" data-urn="${p.urn}">
<h2>${t['profile.title'](p.name, p.urn)}</h2>
<p>${t['profile.about'](p.phase, p.group?.name)}${members}</p>
<p>${t['profile.returns'](s.keyStage, s.round, p.predictionsState)}</p>
${queries}
${figuresTable(p.measures, caption, t['profile.column.measure'], s, 'measure')}
${figuresTable(p.groups, t['profile.groups-caption'](p.measureLabel), t['profile.column.group'], s, 'group')}
${attendanceTable(p.attendance)}
<p class="note">${t['profile.published'](s.threshold)}</p>
<p class="symbols">${t['profile.symbols']}</p>
</section>
`;
}

/** The profiles as one document, each on a page of its own when printed. */
export function profilesPage(profiles: readonly SchoolProfile[], s: ProfileScope): string {
  const title = t['profile.page-title'](s.city, s.keyStage, s.academicYear, s.round);
  return htmlPage(title, html`<main class="profiles">${profiles.map((p) => profileSection(p, s))}</main>`);
}
