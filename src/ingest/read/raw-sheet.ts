// What a reader hands on: the cells of a sheet exactly as the file holds them, in one shape
// whatever the file format (pitfalls.md: normalise exceljs's many value shapes in one place).
import type { Message } from '../../messages/message.js';

/** One cell's content as stored, before any reading of its meaning. */
export type CellValue =
  | { kind: 'blank' }
  /** `percentFormat`: the cell is formatted as a percentage, so 0.79 means 79%. */
  | { kind: 'number'; value: number; percentFormat: boolean }
  /** `decimalComma`: from a semicolon-separated CSV, whose numbers write 0,5 for a half. */
  | { kind: 'text'; value: string; decimalComma?: true }
  | { kind: 'date'; value: Date }
  | { kind: 'boolean'; value: boolean }
  /** An Excel error such as #DIV/0!, shown in the cell. */
  | { kind: 'error'; value: string }
  /** A formula whose result was never saved (pitfalls.md: a query, not a blank). */
  | { kind: 'formula-without-result' };

export const BLANK: CellValue = { kind: 'blank' };

export interface RawRow {
  /** 1-based worksheet row, or 1-based CSV line. */
  number: number;
  /** Cells by 0-based column. */
  cells: CellValue[];
}

/** A merged range of a sheet: 1-based rows and columns of its corners, inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawSheet {
  name: string;
  visible: boolean;
  /** Rows in order; a row absent from the file is absent here. */
  rows: RawRow[];
  /** Merged ranges (workbooks only): the reader keeps a merge's value in its top-left cell alone. */
  merges?: MergedRange[];
}

/** A workbook, or a CSV file as one sheet with lines for rows. */
export interface RawBook {
  format: 'xlsx' | 'csv';
  sheets: RawSheet[];
}

export function cellText(value: CellValue | undefined): string {
  if (!value) return '';
  switch (value.kind) {
    case 'blank':
    case 'formula-without-result':
      return '';
    case 'number':
      return value.percentFormat ? `${+(value.value * 100).toFixed(6)}%` : String(value.value);
    case 'date':
      return Number.isNaN(value.value.getTime()) ? '#####' : value.value.toISOString().slice(0, 10);
    default:
      return String(value.value).trim();
  }
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || value.kind === 'blank' || (value.kind === 'text' && value.value.trim() === '');
}

/** "A", "B", ... "Z", "AA" for a 0-based column. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** A file read into its sheets, or refused with the reasons. */
export type ReadResult = { ok: true; book: RawBook; messages?: Message[] } | { ok: false; messages: Message[] };
