// Absence by reason (issue 14) as a PublishedTable: each reason's sessions as a share of possible
// sessions, for the nation (where the store has its figures), the city and each school, from the
// tidy rows (attendanceRows), so a withheld group shows c here as in the csv. Only the reasons some
// row has; no table when no return gave a reason.
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { reportText } from '../../messages/report-text.js';
import { text, type Column, type PublishedTable } from '../table/published-table.js';
import type { AttendanceRow } from './attendance-rows.js';
import { cellFor } from './cell-for.js';

const rate = (code: string, heading: string): Column => ({ code, heading, kind: 'rate', unit: 'percent', decimals: 1 });

/** The reason rates (code, label) any of `rows` has a figure or a c for, in catalogue order. */
export function reasonRatesShown(rows: readonly AttendanceRow[], catalogue: Catalogue) {
  const columns = catalogue.attendanceColumns;
  return columns.reasons.flatMap((reason) => {
    const r = columns.reasonRate(reason.code);
    return r && rows.some((row) => row[r.code] !== undefined) ? [{ code: r.code, label: r.label }] : [];
  });
}

export function reasonsTable(
  report: AttendanceReport,
  rows: readonly AttendanceRow[],
  catalogue: Catalogue,
): PublishedTable | undefined {
  const whole = catalogue.wholeCohort;
  const wholeRows = rows.filter((r) => r.pupil_group === whole && (r.level === 'school' || r.level === 'city'));
  const reasons = reasonRatesShown(wholeRows, catalogue);
  if (reasons.length === 0) return undefined;
  const columns = reasons.map((r) => rate(r.code, r.label));
  const city = wholeRows.find((r) => r.level === 'city');
  const national = Object.fromEntries(reasons.map((r) => [r.code, city?.[`national_${r.code}`]]));
  const line = (key: Record<string, string>, name: string, row: AttendanceRow) => ({
    key,
    cells: [text(name), ...columns.map((c) => cellFor(row[c.code], c))],
  });
  const cityName =
    report.phase === 'all'
      ? reportText['attendance-area.city']
      : reportText['attendance-area.city-phase'](report.phase);
  const hasNational = reasons.some((r) => national[r.code] !== undefined);
  return {
    id: 'attendance-reasons',
    title: reportText['attendance-report.reasons'],
    columns: [{ code: 'area_name', heading: reportText['column.area'], kind: 'text' }, ...columns],
    rows: [
      ...(hasNational ? [line({ level: 'national' }, reportText['attendance-area.national'], national)] : []),
      ...(city ? [line({ level: 'city' }, cityName, city)] : []),
      ...wholeRows
        .filter((r) => r.level === 'school' && r.status === 'returned')
        .map((r) => line({ urn: String(r.area_code) }, String(r.area_name), r)),
    ],
  };
}
