// Published tables as an xlsx workbook. Tables for a reader go on one sheet under the
// publication's heading, each under a blank row and its title, headed by headings (a list has no
// header row); each tidy table gets a sheet of its own, named by its title, headed by codes, with
// that header row frozen so it stays in view. Numbers are written as numbers, with a number format
// for their places and sign; a cell whose column lists its colour is filled with it; every text is
// neutralised so a spreadsheet never runs a school's name as a formula.
import ExcelJS from 'exceljs';
import { colourOf, decimalsOf, flatHeadings, isList, type Cell, type Column } from '../table/published-table.js';
import type { PublishedRow, PublishedTable } from '../table/published-table.js';
import { neutraliseFormula } from './neutralise-formula.js';
import type { BinaryWriter, Heading } from './writer.js';

export interface XlsxOptions {
  /** The name of the sheet of tables for a reader. */
  readonly sheet: string;
  readonly heading?: Heading;
  /** The width of that sheet's first column (the rows' labels), in characters. */
  readonly firstColumnWidth?: number;
}

const cellValue = (cell: Cell | undefined): string | number | null =>
  cell === null || cell === undefined ? null : typeof cell === 'object' ? neutraliseFormula(cell.text) : cell;

/** Excel's format for a figure's places and sign: `0.0`, `+0.0;-0.0;0.0`; none for a whole or unrounded number. */
export function excelNumberFormat(column: Column, row?: PublishedRow): string | undefined {
  const decimals = decimalsOf(column, row);
  if (decimals === undefined || decimals === 0) return undefined;
  const places = `0.${'0'.repeat(decimals)}`;
  // Zero is written 0.0 whatever the places: the predictions workbook has always done so.
  return column.signed ? `+${places};-${places};0.0` : places;
}

/** ExcelJS colours are ARGB: fully opaque. */
const argb = (rgb: string) => ({ argb: `FF${rgb}` });

function addRows(sheet: ExcelJS.Worksheet, table: PublishedTable): void {
  for (const row of table.rows) {
    const added = sheet.addRow(table.columns.map((_, i) => cellValue(row.cells[i])));
    table.columns.forEach((column, i) => {
      const cell = added.getCell(i + 1);
      const format = excelNumberFormat(column, row);
      if (format !== undefined) cell.numFmt = format;
      const colour = colourOf(row.cells[i], column);
      if (colour) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(colour.fill) };
        cell.font = { color: argb(colour.ink) };
      }
    });
  }
}

const textRows = (sheet: ExcelJS.Worksheet, lines: readonly string[] | undefined) =>
  (lines ?? []).forEach((line) => sheet.addRow([neutraliseFormula(line)]));

function addReaderTable(sheet: ExcelJS.Worksheet, table: PublishedTable): void {
  sheet.addRow([]);
  if (!table.underHeading) sheet.addRow([neutraliseFormula(table.title)]).font = { bold: true };
  textRows(sheet, table.notes?.above);
  if (!isList(table))
    sheet.addRow(flatHeadings(table.columns).map((h) => neutraliseFormula(h.heading))).font = { bold: true };
  addRows(sheet, table);
  textRows(sheet, table.notes?.below);
  textRows(sheet, table.provenance);
}

export function xlsxWriter(options: XlsxOptions): BinaryWriter {
  return {
    format: 'xlsx',
    async write(tables) {
      const workbook = new ExcelJS.Workbook();
      const forReader = tables.filter((t) => !t.tidy);
      if (options.heading || forReader.length > 0) {
        const sheet = workbook.addWorksheet(options.sheet);
        if (options.heading) {
          sheet.addRow([neutraliseFormula(options.heading.title)]).font = { bold: true, size: 14 };
          textRows(sheet, options.heading.notes);
        }
        for (const table of forReader) addReaderTable(sheet, table);
        if (options.firstColumnWidth !== undefined) sheet.getColumn(1).width = options.firstColumnWidth;
      }
      for (const table of tables.filter((t) => t.tidy)) {
        const sheet = workbook.addWorksheet(table.title);
        sheet.addRow(table.columns.map((c) => c.code)).font = { bold: true };
        addRows(sheet, table);
        sheet.views = [{ state: 'frozen', ySplit: 1 }];
      }
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    },
  };
}
