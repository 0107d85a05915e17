// The attendance section for one term: in the paper, the schools that sent nothing, city, phase
// and group totals and the trend chart; with the schools (an appendix or a file of their own),
// the schools ranked and the ranking charts. The two tables are the markdown report's
// PublishedTables (attendance-tables.ts) through the html writer, under the page's own captions,
// and every figure comes from attendanceRows, so the formats cannot disagree.
import { termWords } from './period-words.js';
import { TARGET_RULES, TREND_RULES } from '../../aggregate/attendance/index.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { htmlText } from '../../messages/html-text.js';
import { reportText } from '../../messages/report-text.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { attendanceRows, type AttendanceRow } from '../attendance/attendance-rows.js';
import { attendanceTables } from '../attendance/attendance-tables.js';
import type { NamedChart } from '../report-charts/named-chart.js';
import { tableHtml } from '../writers/html-writer.js';
import { chartFigure } from './chart-figure.js';
import { html, type Html } from './escape-html.js';

/** "Hill Primary (URN 100001): not returned". */
const notReturned = (r: AttendanceRow) =>
  reportText['school.with-status'](String(r.area_name), String(r.area_code), String(r.status));

export function attendanceSection(
  report: AttendanceReport,
  charts: readonly NamedChart[],
  svgs: ReadonlyMap<string, string>,
  catalogue: Catalogue,
): Html {
  const whole = catalogue.wholeCohort;
  const tables = attendanceTables(report, catalogue);
  const rows = attendanceRows(report, catalogue);
  const schools = rows.filter((r) => r.level === 'school' && r.pupil_group === whole);
  const returned = schools.filter((r) => r.status === 'returned');
  const missing = schools.filter((r) => r.status !== 'returned');
  const threshold = report.persistentThreshold === undefined ? undefined : String(report.persistentThreshold);
  const rates = htmlText['html-attendance.rates'](threshold, report.nationalYear, returned.length, schools.length);
  const areas = tableHtml(tables.areas, { className: 'areas', caption: htmlText['html-attendance.areas'] });
  const title = htmlText['html-attendance.title'](
    report.academicYear,
    termWords(report),
    report.yearToDate,
    report.phase,
  );
  return html`<section id="attendance" class="attendance">
<h2>${title}</h2>
<p>${rates}</p>${report.halfTerm ? html`\n<p>${reportText['attendance-report.half-terms']}</p>` : ''}
${areas}
${charts.filter((c) => c.about !== 'schools').map((c) => chartFigure(c, svgs.get(c.slug) ?? ''))}
<h3>${htmlText['html-attendance.not-returned'](missing.length)}</h3>
${
  missing.length > 0
    ? [
        html`<p>${htmlText['html-attendance.not-counted']}</p>`,
        html`<ul class="not-returned">${missing.map((r) => html`<li>${notReturned(r)}</li>`)}</ul>`,
      ]
    : html`<p>${htmlText['html-attendance.all-returned']}</p>`
}
<h3>${htmlText['html-attendance.rules']}</h3>
<ul class="rules">${[...TREND_RULES.text, ...TARGET_RULES].map((t) => html`<li>${t}</li>`)}</ul>
</section>
`;
}

/** The schools' part of the attendance: ranked, and the ranking charts. */
export function attendanceSchoolsSection(
  report: AttendanceReport,
  charts: readonly NamedChart[],
  svgs: ReadonlyMap<string, string>,
  catalogue: Catalogue,
): Html {
  const tables = attendanceTables(report, catalogue);
  // The school's name heads its row, as the rank (a number) cannot.
  const ranked = tableHtml(tables.ranked, {
    className: 'ranked',
    caption: htmlText['html-attendance.ranked'],
    rowHeading: 'area_name',
  });
  const title = htmlText['html-attendance.title'](
    report.academicYear,
    termWords(report),
    report.yearToDate,
    report.phase,
  );
  return html`<section id="attendance-schools" class="attendance-schools">
<h2>${htmlText['html-appendix.attendance'](title)}</h2>
${ranked}
${charts.filter((c) => c.about === 'schools').map((c) => chartFigure(c, svgs.get(c.slug) ?? ''))}
</section>
`;
}

/** When a term was asked for and no school returned for it. */
export function noAttendanceSection(academicYear: string, term: string, yearToDate = false, phase = 'all'): Html {
  return html`<section id="attendance" class="attendance">
<h2>${htmlText['html-attendance.title'](academicYear, term, yearToDate, phase)}</h2>
<p class="empty">${htmlText['html-attendance.no-returns'](academicYear, term)}</p>
</section>
`;
}
