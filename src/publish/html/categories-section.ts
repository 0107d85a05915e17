// The Board paper's school categories (issue 16, item 4): how many schools each category holds this
// year and last, by the stated rules. Counts of schools only, and short, for the paper's pages: the
// rules, and which school is where and why, are the team's (report categories), not the paper's.
import { categoriesText as t } from '../../messages/categories-text.js';
import { countsTable, type CategoriesReport } from '../categories/categories-tables.js';
import { tableHtml } from '../writers/html-writer.js';
import { html, type Html } from './escape-html.js';

export function categoriesSection(r: CategoriesReport): Html {
  const attendance = t['categories.attendance-period'](r.attendance.academicYear, r.attendance.term);
  return html`<section id="categories">
<h2>${t['html.categories-title'](r.keyStage)}</h2>
<p>${t['categories.source'](r.source)} ${t['html.categories-lede'](r.rules.length)}</p>
<p>${t['categories.figures'](r.round, r.academicYear, r.lastYear, attendance, r.asAt)}</p>
${tableHtml(countsTable(r), { className: 'categories' })}
</section>`;
}
