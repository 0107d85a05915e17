// The attendance officers' list as a workbook for a person: the markdown's title, rules and tables
// (the schools scored, the schools to chase) on one sheet, and every school's rank, score and
// reasons on Data, through the one xlsx writer.
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { xlsxText } from '../../messages/xlsx-text.js';
import type { PublishedTable } from '../table/published-table.js';
import { xlsxWriter, type XlsxOptions } from '../writers/xlsx-writer.js';
import { concernHeading, concernReaderTables, concernTidyTable } from './concern-report.js';

/** The score is kept unrounded in the data; a person sees it to the place the list shows it. */
const dataSheet = (tidy: PublishedTable): PublishedTable => ({
  ...tidy,
  title: xlsxText['sheet.data'],
  columns: tidy.columns.map((c) => (c.code === 'score' ? { ...c, decimals: 1 } : c)),
});

export const concernXlsx = (
  report: AttendanceReport,
  catalogue: Catalogue,
  source?: XlsxOptions['source'],
): Promise<Uint8Array> =>
  xlsxWriter({
    sheet: xlsxText['sheet.concern'],
    heading: concernHeading(report),
    ...(source ? { source } : {}),
  }).write([...concernReaderTables(report, catalogue), dataSheet(concernTidyTable(report, catalogue))]);
