// The attendance section for one term: schools ranked, the schools that sent nothing, city,
// phase and group totals, and the rank and trend charts. Figures come from attendanceRows, as
// the CSV and markdown reports do, so they cannot disagree.
import { TARGET_RULES, TREND_RULES } from '../../aggregate/attendance/index.js';
import type { Catalogue } from '../../domain/catalogue.js';
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

// `t` names the table's columns, from the catalogue's headline rates.
function rankedTable(rows: readonly AttendanceRow[], t: AttendanceTableColumns): Html {
  return html`<table class="ranked">
<caption>Schools ranked by overall absence (rank 1 = lowest absence, best attendance; equal rates share a rank)</caption>
<thead><tr><th scope="col" class="num">Rank</th><th scope="col">School</th><th scope="col">Phase</th><th scope="col">Collaborative group</th><th scope="col" class="num">Overall absence %</th><th scope="col" class="num">Gap to national</th><th scope="col" class="num">Change on last year</th><th scope="col" class="num">Quartile</th><th scope="col" class="num">Persistent absence %</th><th scope="col" class="num">PA rank</th><th scope="col">Trend</th><th scope="col">Target rating</th></tr></thead>
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
<caption>The city, phases and collaborative groups (all pupils; rates from summed sessions)</caption>
<thead><tr><th scope="col">Area</th><th scope="col" class="num">Schools returned</th><th scope="col" class="num">Overall absence %</th><th scope="col" class="num">Gap to national</th><th scope="col" class="num">Persistent absence %</th><th scope="col" class="num">Target</th><th scope="col">Rating</th></tr></thead>
<tbody>${areas.map((a) => {
    const r = rows.find((x) => x.level === a.level && x.area_code === a.code && x.pupil_group === whole) ?? {};
    const name = a.level === 'city' ? a.name : a.level === 'phase' ? `Phase: ${a.name}` : `Group: ${a.name}`;
    return [
      html`<tr><th scope="row">${name}</th><td class="num">${a.schoolsReturned} of ${a.schoolsExpected}</td>`,
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
  return html`<section id="attendance" class="attendance">
<h2>Attendance, ${report.academicYear} ${report.term.toLowerCase()} term</h2>
<p>Overall absence is authorised plus unauthorised absence sessions over possible sessions; persistent absence is the pupils missing ${report.persistentThreshold ?? '?'}% or more of their possible sessions, over enrolments.${report.nationalYear ? ` National figures are for ${report.nationalYear}, the latest in the store.` : ''} ${returned.length} of ${schools.length} open schools returned.</p>
${rankedTable(returned, t)}
<h3>Not returned (${missing.length})</h3>
${
  missing.length > 0
    ? [
        html`<p>Not ranked and not counted in any total.</p>`,
        html`<ul class="not-returned">${missing.map(
          (r) => html`<li>${r.area_name} (URN ${r.area_code}): ${r.status}</li>`,
        )}</ul>`,
      ]
    : html`<p>Every open school returned.</p>`
}
${areasTable(report, rows, t, whole)}
${charts.map((c) => chartFigure(c, svgs.get(c.slug) ?? ''))}
<h3>How trends and target ratings are judged</h3>
<ul class="rules">${[...TREND_RULES.text, ...TARGET_RULES].map((t) => html`<li>${t}</li>`)}</ul>
</section>
`;
}

/** When a term was asked for and no school returned for it. */
export function noAttendanceSection(academicYear: string, term: string): Html {
  return html`<section id="attendance" class="attendance">
<h2>Attendance, ${academicYear} ${term.toLowerCase()} term</h2>
<p class="empty">No accepted attendance returns for the ${term.toLowerCase()} term of ${academicYear} in the store.</p>
</section>
`;
}
