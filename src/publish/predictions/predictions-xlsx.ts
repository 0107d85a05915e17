// An xlsx for the team: a sheet of area tables (groups × measures, rate and gap side by side)
// and the tidy data, the same PublishedTables the markdown and the csv write, through the xlsx
// writer. Numbers are written as numbers; outside text is neutralised.
import type { Catalogue } from '../../domain/catalogue.js';
import { reportText } from '../../messages/report-text.js';
import { withLabels } from '../table/with-labels.js';
import { xlsxWriter, type XlsxOptions } from '../writers/xlsx-writer.js';
import { predictionsTidyTable } from './predictions-csv.js';
import type { PredictionsReport } from './predictions-report.js';
import { areaPublishedTable, areaTables } from './area-tables.js';
import { benchmarkTable } from './benchmark-table.js';

export async function predictionsXlsx(
  report: PredictionsReport,
  cat: Catalogue,
  source?: XlsxOptions['source'],
): Promise<Uint8Array> {
  const heading = {
    title: reportText['predictions.title'](report.keyStage, report.academicYear, report.round),
    notes: [reportText['predictions.sheet-note'](report.published ? report.threshold : undefined)],
  };
  const writer = xlsxWriter({
    sheet: reportText['predictions.sheet'],
    heading,
    firstColumnWidth: 34,
    ...(source ? { source } : {}),
  });
  // The data sheet is read by a person too: each code has its label beside it.
  const areas = areaTables(report, cat).map(areaPublishedTable);
  // Issue 12: the city's benchmarks straight after its table, as in the markdown.
  const benchmarks = benchmarkTable(report, cat);
  if (benchmarks) areas.splice(areas.length > 0 ? 1 : 0, 0, benchmarks);
  return writer.write([...areas, withLabels(predictionsTidyTable(report), cat)]);
}
