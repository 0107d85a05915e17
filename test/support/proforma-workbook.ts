// A prediction proforma (schemas/README.md §1) written by exceljs, with any cell overridden: the
// header block from row 1, a blank row, then the table. With the default five-row header the
// table header is row 7 and "All pupils" row 8 (B8 its cohort, C8 its RWM L4+, ...).
import ExcelJS from 'exceljs';
import { EXAMPLE_COLUMNS, EXAMPLE_HEADER, EXAMPLE_ROWS } from './example.js';

/** A cell's value with a number format, e.g. `{ value: 0.79, numFmt: '0%' }`. */
export interface FormattedCell {
  value: ExcelJS.CellValue;
  numFmt: string;
}

export interface ExtraSheet {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  rows?: ExcelJS.CellValue[][];
}

export interface ProformaOptions {
  /** Label in column A, value in column B, from row 1. */
  header?: [string, ExcelJS.CellValue][];
  /** Headings after "Pupil group" and "Cohort". */
  columns?: string[];
  /** Pupil group, cohort, then a value per column. */
  rows?: ExcelJS.CellValue[][];
  sheetName?: string;
  /**
   * Cells set after the rest, by A1 reference: any exceljs value (a formula as
   * `{ formula: 'SUM(B8:B9)', result: 10 }` or without `result`; an error as `{ error: '#DIV/0!' }`)
   * or a FormattedCell.
   */
  cells?: Record<string, ExcelJS.CellValue | FormattedCell>;
  /** Ranges to merge, e.g. "B1:D1". */
  merges?: string[];
  /** Sheets added after the proforma's, visible unless a state says otherwise. */
  otherSheets?: ExtraSheet[];
}

const isFormatted = (v: unknown): v is FormattedCell =>
  typeof v === 'object' && v !== null && 'numFmt' in v && 'value' in v;

export async function proformaWorkbook(options: ProformaOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(options.sheetName ?? 'Predictions');
  for (const [label, value] of options.header ?? EXAMPLE_HEADER) ws.addRow([label, value]);
  ws.addRow([]);
  ws.addRow(['Pupil group', 'Cohort', ...(options.columns ?? EXAMPLE_COLUMNS)]);
  for (const row of options.rows ?? EXAMPLE_ROWS) ws.addRow(row);
  for (const [ref, spec] of Object.entries(options.cells ?? {})) {
    const cell = ws.getCell(ref);
    if (isFormatted(spec)) {
      cell.value = spec.value;
      cell.numFmt = spec.numFmt;
    } else cell.value = spec;
  }
  for (const range of options.merges ?? []) ws.mergeCells(range);
  for (const extra of options.otherSheets ?? []) {
    const sheet = wb.addWorksheet(extra.name, { state: extra.state ?? 'visible' });
    for (const row of extra.rows ?? []) sheet.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
