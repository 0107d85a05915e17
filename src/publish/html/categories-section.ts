// The Board paper's school categories (issue 16, item 4): how many schools each category holds this
// year and last, by the stated rules, and the rules themselves. Counts of schools only: which school
// is where is the team's (report categories), not the paper's.
import { categoriesText as t } from '../../messages/categories-text.js';
import { countsTable, rulesTable, type CategoriesReport } from '../categories/categories-tables.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { listHtml, tableHtml } from '../writers/html-writer.js';
import { html, type Html } from './escape-html.js';

export function categoriesSection(r: CategoriesReport, cat: Catalogue): Html {
  const attendance = t['categories.attendance-period'](r.attendance.academicYear, r.attendance.term);
  return html`<section id="categories">
<h2>${t['html.categories-title'](r.keyStage)}</h2>
<p>${t['categories.source'](r.source)}</p>
<p>${t['categories.how']}</p>
<p>${t['categories.figures'](r.round, r.academicYear, r.lastYear, attendance, r.asAt)}</p>
${tableHtml(countsTable(r), { className: 'categories' })}
${listHtml(rulesTable(r, cat))}
</section>`;
}
