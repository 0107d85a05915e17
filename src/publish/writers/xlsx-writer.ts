// Published tables as an xlsx workbook laid out for a person. Tables for a reader go on one sheet
// under the publication's heading, each under a blank row and its title, headed by headings in
// bold (a list has no header row); each tidy table gets a sheet of its own, named by its title,
// headed by codes, with that header row frozen and filtered. Every column is as wide as its
// longest heading or figure (within bounds), so nothing is cut. A reader's sheet of one table has
// that table's header row frozen and filtered too. Numbers are written as numbers, with a number
// format for their places and sign; a gap is inked better or worse as the HTML inks it; a cell
// whose column lists its colour is filled with it; every text is neutralised so a spreadsheet
// never runs a school's name as a formula.
import ExcelJS from 'exceljs';
import { colourOf, decimalsOf, flatHeadings, isList, type Cell, type Column } from '../table/published-table.js';
import type { PublishedRow, PublishedTable } from '../table/published-table.js';
import { symbolLegend } from '../table/symbol-legend.js';
import { xlsxText } from '../../messages/xlsx-text.js';
import { neutraliseFormula } from './neutralise-formula.js';
import type { BinaryWriter, Heading } from './writer.js';

export interface XlsxOptions {
  /** The name of the sheet of tables for a reader. */
  readonly sheet: string;
  readonly heading?: Heading;
  /** The width of that sheet's first column (the rows' labels), in characters. */
  readonly firstColumnWidth?: number;
  /** Where the figures come from and when the workbook was made: a line under the heading's notes. */
  readonly source?: { readonly from: string; readonly at?: Date };
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

/** A gap's ink: report-css.ts's --above (better) and --below (worse), so the workbook reads as the HTML. */
export const GAP_INK = { better: '005A8C', worse: 'A63A00' } as const;

/** Better or worse by the column's meaning, never its sign (for absence, lower is better); none for 0. */
function gapInk(cell: Cell | undefined, column: Column): string | undefined {
  if (column.kind !== 'gap' || column.better === 'neither' || typeof cell !== 'number' || cell === 0) return undefined;
  const better = (column.better ?? 'higher') === 'higher' ? cell > 0 : cell < 0;
  return better ? GAP_INK.better : GAP_INK.worse;
}

/** Characters a column needs, by column number (1-based): the longest heading or figure it holds. */
type Widths = Map<number, number>;

/** Excel's column width is in characters; wider than this a text wraps in the reader's eye anyway. */
const WIDTH = { min: 6, max: 48 };

function note(widths: Widths, values: readonly (string | number | null)[], places: (i: number) => number = () => 0) {
  values.forEach((v, i) => {
    if (v === null) return;
    const length = typeof v === 'number' ? v.toFixed(places(i)).length + 1 : String(v).length;
    widths.set(i + 1, Math.max(widths.get(i + 1) ?? 0, length));
  });
}

function setWidths(sheet: ExcelJS.Worksheet, widths: Widths): void {
  for (const [column, chars] of widths)
    sheet.getColumn(column).width = Math.min(WIDTH.max, Math.max(WIDTH.min, chars + 2));
}

function addRows(sheet: ExcelJS.Worksheet, table: PublishedTable, widths: Widths): void {
  for (const row of table.rows) {
    note(
      widths,
      table.columns.map((_, i) => cellValue(row.cells[i])),
      (i) => decimalsOf(table.columns[i]!, row) ?? 0,
    );
    const added = sheet.addRow(table.columns.map((_, i) => cellValue(row.cells[i])));
    table.columns.forEach((column, i) => {
      const cell = added.getCell(i + 1);
      const format = excelNumberFormat(column, row);
      if (format !== undefined) cell.numFmt = format;
      const colour = colourOf(row.cells[i], column);
      const ink = gapInk(row.cells[i], column);
      if (ink) cell.font = { color: argb(ink) };
      if (colour) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(colour.fill) };
        cell.font = { color: argb(colour.ink) };
      }
    });
  }
}

const textRows = (sheet: ExcelJS.Worksheet, lines: readonly string[] | undefined) =>
  (lines ?? []).forEach((line) => sheet.addRow([neutraliseFormula(line)]));

/** Adds a table for a reader; returns its header row's number (undefined for a list). */
function addReaderTable(sheet: ExcelJS.Worksheet, table: PublishedTable, widths: Widths): number | undefined {
  sheet.addRow([]);
  if (!table.underHeading) sheet.addRow([neutraliseFormula(table.title)]).font = { bold: true };
  textRows(sheet, table.notes?.above);
  if (!isList(table)) {
    const headings = flatHeadings(table.columns).map((h) => neutraliseFormula(h.heading));
    // A list's one long text per row would widen its column past reading: only tables count.
    note(widths, headings);
    sheet.addRow(headings).font = { bold: true };
  }
  const header = isList(table) ? undefined : sheet.lastRow!.number;
  addRows(sheet, table, isList(table) ? new Map() : widths);
  textRows(sheet, table.notes?.below);
  textRows(sheet, table.provenance);
  return header;
}

/** Frozen below the header row, and a filter over the table's rows, as a tidy sheet has. */
function freezeAndFilter(sheet: ExcelJS.Worksheet, header: number, columns: number, last = header): void {
  sheet.views = [{ state: 'frozen', ySplit: header }];
  if (columns > 0) sheet.autoFilter = { from: { row: header, column: 1 }, to: { row: last, column: columns } };
}

/** The sheet that holds the key to the symbols in a workbook of tidy sheets only. */
const SYMBOLS_SHEET = 'Symbols';

export function xlsxWriter(options: XlsxOptions): BinaryWriter {
  return {
    format: 'xlsx',
    async write(tables) {
      const workbook = new ExcelJS.Workbook();
      const forReader = tables.filter((t) => !t.tidy);
      // The key to the symbols any sheet uses: a note line under the last table, or a sheet of its own.
      const legend = symbolLegend(tables);
      if (options.heading || forReader.length > 0) {
        const sheet = workbook.addWorksheet(options.sheet);
        if (options.heading) {
          sheet.addRow([neutraliseFormula(options.heading.title)]).font = { bold: true, size: 14 };
          textRows(sheet, options.heading.notes);
        }
        if (options.source) textRows(sheet, [xlsxText['source.line'](options.source.from, options.source.at)]);
        const widths: Widths = new Map();
        const headers = forReader.map((table) => addReaderTable(sheet, table, widths));
        // One table on the sheet (a list under it has no headings to keep): its headings stay in
        // sight as its rows scroll, and it filters.
        const grids = forReader.flatMap((table, i) => (isList(table) ? [] : [{ table, header: headers[i]! }]));
        const [only, ...others] = grids;
        if (only && others.length === 0 && only.table.rows.length > 0)
          freezeAndFilter(sheet, only.header, only.table.columns.length, only.header + only.table.rows.length);
        if (legend) textRows(sheet, [legend]);
        setWidths(sheet, widths);
        if (options.firstColumnWidth !== undefined) sheet.getColumn(1).width = options.firstColumnWidth;
      } else if (legend) {
        textRows(workbook.addWorksheet(SYMBOLS_SHEET), [legend]);
      }
      for (const table of tables.filter((t) => t.tidy)) {
        const sheet = workbook.addWorksheet(table.title);
        const codes = table.columns.map((c) => c.code);
        const widths: Widths = new Map();
        note(widths, codes);
        sheet.addRow(codes).font = { bold: true };
        addRows(sheet, table, widths);
        setWidths(sheet, widths);
        freezeAndFilter(sheet, 1, codes.length);
      }
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    },
  };
}
