// The forecast as a workbook for a person: the markdown's title, notes and one table per area on the
// Forecast sheet, and the csv's tidy table on Data, through the one xlsx writer.
import type { Catalogue } from '../../domain/catalogue.js';
import { forecastText } from '../../messages/forecast-text.js';
import { xlsxWriter, type XlsxOptions } from '../writers/xlsx-writer.js';
import type { ForecastReport } from './forecast-report.js';
import { forecastHeading, forecastReaderTables, forecastTidyTable } from './forecast-tables.js';

export const forecastXlsx = (
  report: ForecastReport,
  cat: Catalogue,
  source?: XlsxOptions['source'],
): Promise<Uint8Array> =>
  xlsxWriter({
    sheet: forecastText['forecast.sheet'],
    heading: forecastHeading(report, cat),
    ...(source ? { source } : {}),
  }).write([
    ...forecastReaderTables(report, cat),
    { ...forecastTidyTable(report), title: forecastText['forecast.data-sheet'] },
  ]);
