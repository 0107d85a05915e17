// The backtest and "if achieved" as workbooks for a person: each markdown's title, notes and
// tables on one sheet, and its csv's tidy table, each code with its label beside it, on Data,
// through the one xlsx writer.
import type { Catalogue } from '../../domain/catalogue.js';
import { xlsxText } from '../../messages/xlsx-text.js';
import { withLabels } from '../table/with-labels.js';
import { xlsxWriter, type XlsxOptions } from '../writers/xlsx-writer.js';
import type { BacktestReport } from './backtest-report.js';
import { backtestHeading, backtestReaderTables, backtestTidyTable } from './backtest-tables.js';
import type { IfAchievedReport } from './if-achieved-report.js';
import { ifAchievedHeading, ifAchievedReaderTable, ifAchievedTidyTable } from './if-achieved-tables.js';

type Source = XlsxOptions['source'];

export const backtestXlsx = (report: BacktestReport, cat: Catalogue, source?: Source): Promise<Uint8Array> =>
  xlsxWriter({
    sheet: xlsxText['sheet.backtest'],
    heading: backtestHeading(report),
    ...(source ? { source } : {}),
  }).write([
    ...backtestReaderTables(report, cat),
    { ...withLabels(backtestTidyTable(report), cat), title: xlsxText['sheet.data'] },
  ]);

export const ifAchievedXlsx = (report: IfAchievedReport, cat: Catalogue, source?: Source): Promise<Uint8Array> =>
  xlsxWriter({
    sheet: xlsxText['sheet.if-achieved'],
    heading: ifAchievedHeading(report),
    ...(source ? { source } : {}),
  }).write([
    ...(report.rows.length > 0 ? [ifAchievedReaderTable(report, cat)] : []),
    { ...withLabels(ifAchievedTidyTable(report), cat), title: xlsxText['sheet.data'] },
  ]);
