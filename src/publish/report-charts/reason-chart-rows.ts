// AttendanceReport → the reasons chart's rows, read from the reasons table (reasons-table.ts), so
// the chart draws exactly what the table prints: a c there is a withheld bar here.
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { attendanceTables } from '../attendance/attendance-tables.js';
import type { AbsenceReasonRow } from '../charts/index.js';

/** The national and city rows (`city`), or the schools' (`schools`); none when no return gave reasons. */
export function reasonChartRows(
  report: AttendanceReport,
  catalogue: Catalogue,
  about: 'city' | 'schools',
): AbsenceReasonRow[] {
  const table = attendanceTables(report, catalogue).reasons;
  if (!table) return [];
  const [, ...reasonColumns] = table.columns;
  return table.rows
    .filter((r) => (about === 'schools' ? r.key?.['urn'] !== undefined : r.key?.['urn'] === undefined))
    .map((r) => {
      const [name, ...cells] = r.cells;
      const area = typeof name === 'object' && name !== null && 'text' in name ? name.text : String(name);
      return {
        area,
        reasons: reasonColumns.map((c, i) => {
          const v = cells[i];
          return typeof v === 'number' ? { label: c.heading, rate: v } : { label: c.heading };
        }),
        suppressed: cells.some((v) => v === 'c'),
      };
    });
}
