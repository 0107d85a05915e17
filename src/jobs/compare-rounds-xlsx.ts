// Two or more rounds of predictions side by side as a workbook for a person: the markdown's title,
// note and table on one sheet (frozen and filtered, as it is the sheet's one table), and the csv's
// tidy table, codes with their labels beside them, on Data, through the one xlsx writer.
import type { Catalogue } from '../domain/catalogue.js';
import { xlsxText } from '../messages/xlsx-text.js';
import { roundChangesHeading, roundChangesReaderTable, roundChangesTable, type RoundChange } from './compare-rounds.js';
import { isFigure, type PublishedTable } from '../publish/table/published-table.js';
import { xlsxWriter, type XlsxOptions } from '../publish/writers/xlsx-writer.js';

/** The csv's table, its figures shown to the reader's places: one, a mean measure's two. */
function dataSheet(rows: readonly RoundChange[], rounds: readonly string[], cat: Catalogue): PublishedTable {
  const tidy = roundChangesTable(rows, rounds, cat);
  return {
    ...tidy,
    title: xlsxText['sheet.data'],
    columns: tidy.columns.map((c) => (isFigure(c) ? { ...c, decimals: 1 } : c)),
    rows: tidy.rows.map((r, i) => (cat.measure(rows[i]!.measure).kind === 'mean' ? { ...r, decimals: 2 } : r)),
  };
}

export const roundChangesXlsx = (
  rows: readonly RoundChange[],
  rounds: readonly string[],
  title: string,
  cat: Catalogue,
  source?: XlsxOptions['source'],
): Promise<Uint8Array> =>
  xlsxWriter({
    sheet: xlsxText['sheet.rounds'],
    heading: roundChangesHeading(rounds, title),
    ...(source ? { source } : {}),
  }).write([roundChangesReaderTable(rows, rounds, title, cat), dataSheet(rows, rounds, cat)]);
