// The attendance section for one term: schools ranked, the schools that sent nothing, city,
// phase and group totals, and the rank and trend charts. Figures come from attendanceRows, as
// the CSV and markdown reports do, so they cannot disagree.
import { TARGET_RULES, TREND_RULES } from '../../aggregate/attendance/index.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { htmlText } from '../../messages/html-text.js';
import { reportText } from '../../messages/report-text.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { attendanceRows, type AttendanceRow } from '../attendance/attendance-rows.js';
import type { NamedChart } from '../report-charts/named-chart.js';
import { chartFigure } from './chart-figure.js';
import { html, type Html } from './escape-html.js';
import { gapClass, showRate } from './number-format.js';
import { ratingColour } from '../rating-colours.js';
import { attendanceTableColumns, type AttendanceTableColumns } from '../attendance/table-columns.js';

const num = (v: string | number | undefined, signed = false) => showRate(v, signed);
const gapCell = (v: string | number | undefined) =>
  html`<td class="${gapClass(typeof v === 'number' ? v : undefined)}">${num(v, true)}</td>`;
const ratingCell = (rating: string | number | undefined) =>
  html`<td class="${ratingColour(rating)?.className ?? ''}">${rating}</td>`;
/** "Hill Primary (URN 100001): not returned". */
const notReturned = (r: AttendanceRow) =>
  reportText['school.with-status'](String(r.area_name), String(r.area_code), String(r.status));
/** The header row: a heading per column, a figure's aligned right (`true`). */
const headRow = (columns: readonly (readonly [heading: string, figure: boolean])[]) =>
  html`<thead><tr>${columns.map(([heading, figure]) =>
    figure ? html`<th scope="col" class="num">${heading}</th>` : html`<th scope="col">${heading}</th>`,
  )}</tr></thead>`;

// `t` names the table's columns, from the catalogue's headline rates.
function rankedTable(rows: readonly AttendanceRow[], t: AttendanceTableColumns): Html {
  return html`<table class="ranked">
<caption>${htmlText['html-attendance.ranked']}</caption>
${headRow([
  [reportText['column.rank'], true],
  [reportText['column.school'], false],
  [reportText['column.phase'], false],
  [reportText['column.collaborative-group'], false],
  [reportText['column.overall-absence'], true],
  [reportText['column.gap-to-national'], true],
  [reportText['column.change-on-last-year'], true],
  [reportText['column.quartile'], true],
  [reportText['column.persistent-absence'], true],
  [reportText['column.persistent-absence-rank'], true],
  [reportText['column.trend'], false],
  [reportText['column.target-rating'], false],
])}
<tbody>${rows.map((r) => [
    html`<tr data-urn="${r.area_code}"><td class="num">${r[t.rankAbsence]}</td><th scope="row">${r.area_name}</th>`,
    html`<td>${r.phase}</td><td>${r.collaborative_group}</td><td class="num">${num(r[t.absenceRate])}</td>`,
    html`${gapCell(r[t.gapAbsence])}${gapCell(r[t.changeAbsence])}<td class="num">${r[t.quartileAbsence]}</td>`,
    html`<td class="num">${num(r[t.pupilsAbsentRate])}</td><td class="num">${r[t.rankPupilsAbsent]}</td>`,
    html`<td>${r.trend}</td>${ratingCell(r.target_rating)}</tr>`,
  ])}</tbody>
</table>
`;
}

function areasTable(
  report: AttendanceReport,
  rows: readonly AttendanceRow[],
  t: AttendanceTableColumns,
  whole: string,
): Html {
  const areas = report.areas.filter((a) => a.pupilGroup === whole);
  return html`<table class="areas">
<caption>${htmlText['html-attendance.areas']}</caption>
${headRow([
  [reportText['column.area'], false],
  [reportText['column.schools-returned'], true],
  [reportText['column.overall-absence'], true],
  [reportText['column.gap-to-national'], true],
  [reportText['column.persistent-absence'], true],
  [reportText['column.target'], true],
  [reportText['column.rating'], false],
])}
<tbody>${areas.map((a) => {
    const r = rows.find((x) => x.level === a.level && x.area_code === a.code && x.pupil_group === whole) ?? {};
    const name =
      a.level === 'city'
        ? a.name
        : a.level === 'phase'
          ? reportText['attendance-area.phase'](a.name)
          : reportText['attendance-area.group'](a.name);
    const returned = reportText['attendance-area.returned'](a.schoolsReturned, a.schoolsExpected);
    return [
      html`<tr><th scope="row">${name}</th><td class="num">${returned}</td>`,
      html`<td class="num">${num(r[t.absenceRate])}</td>${gapCell(r[t.gapAbsence])}`,
      html`<td class="num">${num(r[t.pupilsAbsentRate])}</td><td class="num">${num(r[t.targetAbsence])}</td>`,
      html`${ratingCell(r.target_rating)}</tr>`,
    ];
  })}</tbody>
</table>
`;
}

export function attendanceSection(
  report: AttendanceReport,
  charts: readonly NamedChart[],
  svgs: ReadonlyMap<string, string>,
  catalogue: Catalogue,
): Html {
  const whole = catalogue.wholeCohort;
  const t = attendanceTableColumns(catalogue.attendanceColumns);
  const rows = attendanceRows(report, catalogue);
  const schools = rows.filter((r) => r.level === 'school' && r.pupil_group === whole);
  const returned = schools.filter((r) => r.status === 'returned');
  const missing = schools.filter((r) => r.status !== 'returned');
  const threshold = report.persistentThreshold === undefined ? undefined : String(report.persistentThreshold);
  const rates = htmlText['html-attendance.rates'](threshold, report.nationalYear, returned.length, schools.length);
  return html`<section id="attendance" class="attendance">
<h2>${htmlText['html-attendance.title'](report.academicYear, report.term)}</h2>
<p>${rates}</p>
${rankedTable(returned, t)}
<h3>${htmlText['html-attendance.not-returned'](missing.length)}</h3>
${
  missing.length > 0
    ? [
        html`<p>${htmlText['html-attendance.not-counted']}</p>`,
        html`<ul class="not-returned">${missing.map((r) => html`<li>${notReturned(r)}</li>`)}</ul>`,
      ]
    : html`<p>${htmlText['html-attendance.all-returned']}</p>`
}
${areasTable(report, rows, t, whole)}
${charts.map((c) => chartFigure(c, svgs.get(c.slug) ?? ''))}
<h3>${htmlText['html-attendance.rules']}</h3>
<ul class="rules">${[...TREND_RULES.text, ...TARGET_RULES].map((t) => html`<li>${t}</li>`)}</ul>
</section>
`;
}

/** When a term was asked for and no school returned for it. */
export function noAttendanceSection(academicYear: string, term: string): Html {
  return html`<section id="attendance" class="attendance">
<h2>${htmlText['html-attendance.title'](academicYear, term)}</h2>
<p class="empty">${htmlText['html-attendance.no-returns'](academicYear, term)}</p>
</section>
`;
}
