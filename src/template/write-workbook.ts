// A return workbook as schools send it (schemas/README.md §1, §3): an optional title row, the header
// block (label in A, value in B), a blank row, then the table from its "Pupil group" row. Cells
// can take the shapes schools' files really have (percent-formatted rates, formulas with or
// without a saved result), so fixtures and templates share one writer. Same layout, same bytes.
import ExcelJS from 'exceljs';

/**
 * One cell. A string or number is written as typed; null or undefined leaves the cell blank;
 * a Date is written as a date (dd/mm/yyyy). The object forms give the other shapes a file can hold.
 */
export type CellSpec =
  | string
  | number
  | Date
  | null
  | undefined
  /** A rate, 0 to 1, shown as a percentage (number format '0%'): 0.79 shows as 79%. */
  | { percent: number }
  /** A formula (without "="); `result` is the value Excel saved. Leave `result` out for a file never recalculated. */
  | { formula: string; result?: number | string };

/** A row of cells from column A; an empty row is a blank row. */
export type RowSpec = readonly CellSpec[];

/** A sheet other than the return's: a "Guidance" page, a hidden lists sheet. */
export interface ExtraSheet {
  name: string;
  /** Excel's sheet state; 'visible' unless given. */
  state?: 'visible' | 'hidden' | 'veryHidden';
  rows: readonly RowSpec[];
  /** Put the sheet before the return's sheet rather than after it. */
  first?: boolean;
}

/** Everything a return workbook holds, top to bottom. */
export interface WorkbookLayout {
  /** The return's sheet, e.g. "Predictions". */
  sheetName: string;
  /** Text for a title row (A1) above the header block, followed by a blank row. */
  title?: string;
  /** Header block rows, in order: [label (column A), value (column B)]. */
  header: readonly (readonly [label: string, value: CellSpec])[];
  /** The table's header row, from column A: "Pupil group", "Cohort", then measure names. */
  tableHeader: readonly string[];
  /** One row per pupil group, from column A. */
  rows: readonly RowSpec[];
  /** Rows written straight after the table (use an empty row for a blank one). */
  after?: readonly RowSpec[];
  extraSheets?: readonly ExtraSheet[];
  /** Stamped as created and modified in the workbook's properties; fixed so output is reproducible. */
  created?: Date;
}

const DEFAULT_CREATED = new Date(Date.UTC(2014, 8, 1));

/**
 * The 1-based worksheet row where `layout` puts table row `index` (0 = the first pupil group),
 * for formulas and validation ranges.
 */
export function tableRowNumber(layout: Pick<WorkbookLayout, 'title' | 'header'>, index: number): number {
  return (layout.title !== undefined ? 2 : 0) + layout.header.length + 2 + index + 1;
}

function setCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec === null || spec === undefined) return;
  if (spec instanceof Date) {
    cell.value = spec;
    cell.numFmt = 'dd/mm/yyyy';
  } else if (typeof spec === 'object' && 'percent' in spec) {
    cell.value = spec.percent;
    cell.numFmt = '0%';
  } else if (typeof spec === 'object') {
    cell.value = spec.result === undefined ? { formula: spec.formula } : { formula: spec.formula, result: spec.result };
  } else {
    cell.value = spec;
  }
}

function writeRows(ws: ExcelJS.Worksheet, startRow: number, rows: readonly RowSpec[]): number {
  rows.forEach((row, i) => row.forEach((spec, col) => setCell(ws.getCell(startRow + i, col + 1), spec)));
  return startRow + rows.length;
}

function addExtra(wb: ExcelJS.Workbook, extra: ExtraSheet): void {
  const ws = wb.addWorksheet(extra.name, { state: extra.state ?? 'visible' });
  writeRows(ws, 1, extra.rows);
}

/** The workbook's bytes. Zip entry times are pinned, so the same layout always gives the same bytes. */
export async function writeReturnWorkbook(layout: WorkbookLayout): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = wb.lastModifiedBy = 'school-returns';
  wb.created = wb.modified = layout.created ?? DEFAULT_CREATED;
  for (const extra of layout.extraSheets ?? []) if (extra.first) addExtra(wb, extra);

  const ws = wb.addWorksheet(layout.sheetName);
  let row = 1;
  if (layout.title !== undefined) {
    ws.getCell(row, 1).value = layout.title;
    ws.getCell(row, 1).font = { bold: true, size: 14 };
    row += 2;
  }
  row = writeRows(ws, row, layout.header);
  row += 1;
  writeRows(ws, row, [layout.tableHeader]);
  ws.getRow(row).font = { bold: true };
  row = writeRows(ws, row + 1, layout.rows);
  writeRows(ws, row, layout.after ?? []);
  ws.getColumn(1).width = 34;
  for (let c = 2; c <= layout.tableHeader.length; c++) ws.getColumn(c).width = 14;

  for (const extra of layout.extraSheets ?? []) if (!extra.first) addExtra(wb, extra);
  return pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
}

// JSZip (under exceljs) stamps each zip entry with the clock; a fixed DOS date and time in the
// local headers and the central directory makes the bytes reproducible.
const DOS_DATE = ((2014 - 1980) << 9) | (9 << 5) | 1;

function pinZipTimes(zip: Buffer): Buffer {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('exceljs wrote a zip with no end of central directory');
  let p = zip.readUInt32LE(eocd + 16);
  for (let k = zip.readUInt16LE(eocd + 10); k > 0; k--) {
    const local = zip.readUInt32LE(p + 42);
    for (const at of [p + 12, local + 10]) {
      zip.writeUInt16LE(0, at);
      zip.writeUInt16LE(DOS_DATE, at + 2);
    }
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}
