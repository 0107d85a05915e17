// The validated report as a workbook for a person: the markdown's title, rules and a table per
// measure on one sheet, and the csv's tidy table on Data, each row's figures to its measure's
// places, through the one xlsx writer.
import { xlsxText } from '../../messages/xlsx-text.js';
import { text, type Cell, type PublishedTable } from '../table/published-table.js';
import { xlsxWriter, type XlsxOptions } from '../writers/xlsx-writer.js';
import { validatedMeasureTables, validatedTidyTable } from './validated-tables.js';
import { validatedHeading, type ValidatedPublication } from './validated-writers.js';

const after = <T>(list: readonly T[], i: number, item: T): T[] => [...list.slice(0, i + 1), item, ...list.slice(i + 1)];

/** The tidy table with each measure's label beside its code, so a person need not know the codes. */
function dataSheet(r: ValidatedPublication): PublishedTable {
  const tidy = validatedTidyTable(r);
  const at = tidy.columns.findIndex((c) => c.code === 'measure');
  const label = (code: Cell | undefined) => {
    const found = r.measures.find((m) => code !== null && typeof code === 'object' && m.measure === code.text);
    return found ? text(found.label) : null;
  };
  return {
    ...tidy,
    title: xlsxText['sheet.data'],
    columns: after(tidy.columns, at, { code: 'measure_label', heading: 'measure_label', kind: 'text' }),
    rows: tidy.rows.map((row) => ({ ...row, cells: after(row.cells, at, label(row.cells[at])) })),
  };
}

export const validatedXlsx = (r: ValidatedPublication, source?: XlsxOptions['source']): Promise<Uint8Array> =>
  xlsxWriter({ sheet: xlsxText['sheet.validated'], heading: validatedHeading(r), ...(source ? { source } : {}) }).write(
    [...validatedMeasureTables(r), dataSheet(r)],
  );
