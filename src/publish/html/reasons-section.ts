// The Board paper's severe absence and absence by reason (issue 14): the city's severe absence rate
// beside national, then the reasons table (national, city, schools) of attendance-tables.ts through
// the html writer, so every figure is the csv's, withheld alike. Nothing when no return gave them.
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { htmlText } from '../../messages/html-text.js';
import { attendanceRows } from '../attendance/attendance-rows.js';
import { attendanceTables } from '../attendance/attendance-tables.js';
import { attendanceTableColumns } from '../attendance/table-columns.js';
import { tableHtml } from '../writers/html-writer.js';
import { html, type Html } from './escape-html.js';
import { showRate } from './number-format.js';

export function severeAndReasonsSection(report: AttendanceReport, catalogue: Catalogue): Html | '' {
  const t = attendanceTableColumns(catalogue.attendanceColumns);
  const city = attendanceRows(report, catalogue).find(
    (r) => r.level === 'city' && r.pupil_group === catalogue.wholeCohort,
  );
  const severe = t.ranked.flatMap((r) => {
    const value = city?.[r.rate];
    if (value === undefined) return [];
    const label = catalogue.attendanceColumns.rates.find((x) => x.code === r.rate)!.label;
    const national = city?.[r.national];
    return [
      htmlText['html-reasons.rate'](label, showRate(value), national === undefined ? undefined : showRate(national)),
    ];
  });
  const reasons = attendanceTables(report, catalogue).reasons;
  if (severe.length === 0 && !reasons) return '';
  const caption = htmlText['html-reasons.table'];
  const table = reasons ? tableHtml(reasons, { className: 'reasons', caption, rowHeading: 'area_name' }) : '';
  return html`<section id="attendance-reasons" class="attendance-reasons">
<h2>${htmlText['html-reasons.title']}</h2>
${severe.map((s) => html`<p>${s}</p>`)}
${table}
</section>
`;
}
