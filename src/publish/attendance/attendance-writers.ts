// The attendance report as csv (tidy), markdown (the tables a person reads) and xlsx (those tables
// on one sheet, each target rating filled in its colour, and the tidy table on another): the
// PublishedTables of attendance-tables.ts through the one writer of each format.
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { reportText } from '../../messages/report-text.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';
import type { Heading } from '../writers/writer.js';
import { withLabels } from '../table/with-labels.js';
import { xlsxWriter, type XlsxOptions } from '../writers/xlsx-writer.js';
import { attendanceReaderTables, attendanceTidyTable } from './attendance-tables.js';
import { phasesWithoutNational } from './phases-without-national.js';
import { groupsWithoutNational } from './groups-without-national.js';

export function attendanceCsv(report: AttendanceReport, catalogue: Catalogue): string {
  return csvWriter().write([attendanceTidyTable(report, catalogue)]);
}

/** The report's title, and what its figures are and how they are ranked, compared and withheld. */
export function attendanceHeading(report: AttendanceReport, catalogue?: Catalogue): Heading {
  const threshold = report.persistentThreshold ? String(report.persistentThreshold) : undefined;
  return {
    title: report.halfTerm
      ? reportText['attendance-report.half-term-title'](
          report.academicYear,
          report.halfTerm,
          report.yearToDate,
          report.phase,
        )
      : reportText['attendance-report.title'](report.academicYear, report.term, report.yearToDate, report.phase),
    notes: [
      reportText['attendance-report.rates'](threshold, report.academicYear),
      ...(report.halfTerm ? [reportText['attendance-report.half-terms']] : []),
      ...(report.nationalYear ? [reportText['attendance-report.national-year'](report.nationalYear)] : []),
      ...phasesWithoutNational(report),
      ...(catalogue ? groupsWithoutNational(report, catalogue) : []),
      ...(report.published ? [reportText['attendance-report.published'](report.published.threshold)] : []),
      ...(report.published?.withheld
        ? [
            reportText['attendance-report.withheld'](
              report.academicYear,
              report.published.withheld.primary,
              report.published.withheld.secondary,
            ),
          ]
        : []),
    ],
  };
}

export function attendanceMarkdown(report: AttendanceReport, catalogue: Catalogue): string {
  return markdownWriter(attendanceHeading(report, catalogue)).write(attendanceReaderTables(report, catalogue));
}

/**
 * Two sheets: Attendance, for a person, the markdown's tables under its title (schools ranked, those
 * not ranked, the city, phases and groups, the rules), each column labelled and wide enough; and
 * the tidy table for a program, headed by codes, filtered.
 */
export async function attendanceXlsx(
  report: AttendanceReport,
  catalogue: Catalogue,
  source?: XlsxOptions['source'],
): Promise<Uint8Array> {
  const heading = attendanceHeading(report, catalogue);
  return xlsxWriter({ sheet: reportText['attendance-report.sheet'], heading, ...(source ? { source } : {}) }).write([
    ...attendanceReaderTables(report, catalogue),
    {
      ...withLabels(attendanceTidyTable(report, catalogue), catalogue),
      title: reportText['attendance-report.data-sheet'],
    },
  ]);
}
