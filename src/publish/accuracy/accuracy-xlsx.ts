// Actual against predicted as a workbook for a person: the markdown's title, note and tables (a
// table for each level asked for, each school's bias) on one sheet, and the csv's tidy table,
// each code with its label beside it, on Data, through the one xlsx writer.
import type { AccuracyRow, SchoolBias } from '../../aggregate/predictions/accuracy.js';
import type { Level } from '../../aggregate/predictions/aggregate-predictions.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { xlsxText } from '../../messages/xlsx-text.js';
import { withLabels } from '../table/with-labels.js';
import { xlsxWriter, type XlsxOptions } from '../writers/xlsx-writer.js';
import { accuracyHeading, accuracyReaderTables, accuracyTidyTable } from './accuracy-writers.js';

export interface AccuracyXlsxInput {
  readonly rows: readonly AccuracyRow[];
  readonly bias: readonly SchoolBias[];
  readonly title: string;
  /** The levels asked for; absent, the markdown's (the city and each school's bias). */
  readonly levels?: readonly Level[];
}

export const accuracyXlsx = (
  input: AccuracyXlsxInput,
  cat: Catalogue,
  source?: XlsxOptions['source'],
): Promise<Uint8Array> =>
  xlsxWriter({
    sheet: xlsxText['sheet.accuracy'],
    heading: accuracyHeading(input.title),
    ...(source ? { source } : {}),
  }).write([
    ...accuracyReaderTables(input.rows, input.bias, cat, input.levels),
    { ...withLabels(accuracyTidyTable(input.rows, input.bias), cat), title: xlsxText['sheet.data'] },
  ]);
