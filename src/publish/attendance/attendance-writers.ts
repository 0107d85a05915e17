// The attendance report as csv (tidy), markdown (the ranked table a person reads) and xlsx.
import ExcelJS from 'exceljs';
import { ratingColour } from '../rating-colours.js';
import { TARGET_RULES, TREND_RULES, YEAR_TO_DATE_RULES } from '../../aggregate/attendance/index.js';
import { csvWriter } from '../writers/csv-writer.js';
import { GSS_SYMBOLS, text, type Cell, type GssSymbol, type PublishedTable } from '../table/published-table.js';
import { escapeMarkdown } from '../writers/md-writer.js';
import { formatNumber } from '../table/format-number.js';
import { neutraliseFormula } from '../writers/neutralise-formula.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { catalogue } from '../../domain/catalogue.js';
import { ATTENDANCE_COLUMNS, attendanceRows, type AttendanceRow } from './attendance-rows.js';
import { attendanceTableColumns } from './table-columns.js';

/** A row's value as a published cell: a figure, a symbol (c for withheld), a text, or blank. */
const cellOf = (v: string | number | undefined): Cell =>
  v === undefined ? null : typeof v === 'number' ? v : Object.hasOwn(GSS_SYMBOLS, v) ? (v as GssSymbol) : text(v);

/** The tidy table: one row per level, area and pupil group, columns named by the catalogue's codes. */
export function attendanceTidyTable(report: AttendanceReport): PublishedTable {
  const rows = attendanceRows(report);
  return {
    id: 'attendance',
    title: 'Data',
    tidy: true,
    columns: ATTENDANCE_COLUMNS.map((code) => ({ code, heading: code, kind: 'number' as const })),
    rows: rows.map((r) => ({ cells: ATTENDANCE_COLUMNS.map((c) => cellOf(r[c])) })),
  };
}

export function attendanceCsv(report: AttendanceReport): string {
  return csvWriter().write([attendanceTidyTable(report)]);
}

// Rates and gaps as every report shows them: one decimal, a sign on gaps (table/format-number.ts).
const show = (v: string | number | undefined, signed = false) => formatNumber(v, { decimals: 1, signed });

export function attendanceMarkdown(report: AttendanceReport): string {
  const rows = attendanceRows(report);
  const t = attendanceTableColumns(catalogue().attendanceColumns);
  const all = catalogue().wholeCohort;
  const whole = (r: AttendanceRow) => r[t.rankAbsence] !== undefined || r.status !== 'returned';
  const schools = rows.filter((r) => r.level === 'school' && whole(r) && r.pupil_group === all);
  const period = report.yearToDate ? `year to date to the end of ${report.term}` : `${report.term} term`;
  const lines = [
    `# Attendance ${report.academicYear}, ${period}${report.phase === 'all' ? '' : `, ${report.phase} schools`}`,
    '',
    'Rank 1 = lowest absence (best attendance); schools with equal rates as shown share a rank. ' +
      'Rates are Σ absence sessions / Σ possible sessions; persistent absence is persistent absentees / enrolments' +
      (report.persistentThreshold
        ? ` (threshold ${report.persistentThreshold}% of possible sessions for ${report.academicYear}).`
        : '.'),
    report.nationalYear ? `National figures are for ${report.nationalYear}, the latest in the store.` : '',
    report.published
      ? `Published: persistent absentees of 1 to ${report.published.threshold} pupils, groups that small, ` +
        'and any figure that would reveal one are shown as c; exclusions and penalty notices are withheld.'
      : '',
    '',
    '| Rank | School | Phase | Overall absence % | Gap to national | Change on last year ' +
      '| Quartile | PA % | PA rank | Trend | Target rating |',
    '|---:|---|---|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const r of schools.filter((s) => s.status === 'returned')) {
    lines.push(
      `| ${r[t.rankAbsence] ?? ''} | ${escapeMarkdown(String(r.area_name))} | ${r.phase} ` +
        `| ${show(r[t.absenceRate])} | ${show(r[t.gapAbsence], true)} | ${show(r[t.changeAbsence], true)} ` +
        `| ${r[t.quartileAbsence] ?? ''} | ${show(r[t.pupilsAbsentRate])} | ${r[t.rankPupilsAbsent] ?? ''} ` +
        `| ${r.trend ?? ''} | ${r.target_rating ?? ''} |`,
    );
  }
  const missing = schools.filter((s) => s.status !== 'returned');
  if (missing.length > 0) {
    lines.push('', `## Not returned, refused or incomplete (${missing.length}): not ranked, not counted`, '');
    for (const r of missing) lines.push(`- ${escapeMarkdown(String(r.area_name))} (URN ${r.area_code}): ${r.status}`);
  }
  lines.push(
    '',
    '## City, phases and collaborative groups',
    '',
    '| Area | Schools returned | Overall absence % | Gap to national | PA % | Target | Rating |',
    '|---|---:|---:|---:|---:|---:|---|',
  );
  for (const a of report.areas.filter((x) => x.pupilGroup === all)) {
    const r = rows.find((x) => x.level === a.level && x.area_code === a.code && x.pupil_group === all)!;
    const area =
      a.level === 'city' ? 'City' : a.level === 'phase' ? `Phase: ${a.name}` : `Group: ${escapeMarkdown(a.name)}`;
    lines.push(
      `| ${area} ` +
        `| ${a.schoolsReturned} of ${a.schoolsExpected} | ${show(r[t.absenceRate])} | ${show(r[t.gapAbsence], true)} ` +
        `| ${show(r[t.pupilsAbsentRate])} | ${show(r[t.targetAbsence])} | ${r.target_rating ?? ''} |`,
    );
  }
  lines.push(
    '',
    '## How trends, targets and years to date are judged',
    '',
    ...TREND_RULES.text.map((t) => `- ${t}`),
    ...TARGET_RULES.map((t) => `- ${t}`),
    ...YEAR_TO_DATE_RULES.map((t) => `- ${t}`),
  );
  return lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n') + '\n';
}

export async function attendanceXlsx(report: AttendanceReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Attendance');
  sheet.addRow([...ATTENDANCE_COLUMNS]).font = { bold: true };
  const ratingColumn = ATTENDANCE_COLUMNS.indexOf('target_rating') + 1;
  for (const r of attendanceRows(report)) {
    const row = sheet.addRow(
      ATTENDANCE_COLUMNS.map((c) => (typeof r[c] === 'string' ? neutraliseFormula(r[c] as string) : (r[c] ?? null))),
    );
    const colour = ratingColour(r.target_rating);
    if (colour) {
      const cell = row.getCell(ratingColumn);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colour.fill}` } };
      cell.font = { color: { argb: `FF${colour.text}` } };
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
