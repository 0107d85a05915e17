// The attendance report as csv (tidy), markdown (the tables a person reads) and xlsx (the tidy
// table, each target rating filled in its colour): the PublishedTables of attendance-tables.ts
// through the one writer of each format.
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';
import type { Heading } from '../writers/writer.js';
import { xlsxWriter } from '../writers/xlsx-writer.js';
import { attendanceReaderTables, attendanceTidyTable } from './attendance-tables.js';

export function attendanceCsv(report: AttendanceReport, catalogue: Catalogue): string {
  return csvWriter().write([attendanceTidyTable(report, catalogue)]);
}

/** The report's title, and what its figures are and how they are ranked, compared and withheld. */
export function attendanceHeading(report: AttendanceReport): Heading {
  const period = report.yearToDate ? `year to date to the end of ${report.term}` : `${report.term} term`;
  const threshold = report.persistentThreshold
    ? ` (threshold ${report.persistentThreshold}% of possible sessions for ${report.academicYear}).`
    : '.';
  return {
    title: `Attendance ${report.academicYear}, ${period}${report.phase === 'all' ? '' : `, ${report.phase} schools`}`,
    notes: [
      'Rank 1 = lowest absence (best attendance); schools with equal rates as shown share a rank. ' +
        'Rates are Σ absence sessions / Σ possible sessions; persistent absence is persistent absentees / enrolments' +
        threshold,
      ...(report.nationalYear ? [`National figures are for ${report.nationalYear}, the latest in the store.`] : []),
      ...(report.published
        ? [
            `Published: persistent absentees of 1 to ${report.published.threshold} pupils, groups that small, ` +
              'and any figure that would reveal one are shown as c; exclusions and penalty notices are withheld.',
          ]
        : []),
    ],
  };
}

export function attendanceMarkdown(report: AttendanceReport, catalogue: Catalogue): string {
  return markdownWriter(attendanceHeading(report)).write(attendanceReaderTables(report, catalogue));
}

/** One sheet, the tidy table, named Attendance. */
export async function attendanceXlsx(report: AttendanceReport, catalogue: Catalogue): Promise<Uint8Array> {
  return xlsxWriter({ sheet: 'Attendance' }).write([attendanceTidyTable(report, catalogue)]);
}
