// What a cell a school typed means as a number: a plain number, a percentage (formatted as one,
// or text ending in %), a "not applicable" read as blank, or something that is not a number.
import { cellText, type CellValue } from '../read/raw-sheet.js';

export type ReadNumber =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  /** A rate as a fraction: 79% is 0.79. */
  | { kind: 'percent'; rate: number }
  | { kind: 'not-applicable' }
  | { kind: 'formula-without-result' }
  | { kind: 'excel-error'; code: string }
  | { kind: 'not-a-number' };

/** The most characters number text may have: "-1,234,567.1234567890 %" is 23 (schemas/README.md §8). */
export const MAX_NUMBER_TEXT = 40;

const NOT_APPLICABLE = new Set(['n/a', 'na', 'n.a.', 'n.a', '-', '–', 'nil', 'none', 'x', 'z', 'c']);

/**
 * A number written as text: "30", "1,234", "0,5" (decimal comma), "-3.2". With `decimalComma`
 * (a semicolon CSV) the comma is always the decimal point and a point groups thousands.
 */
export function parseNumberText(text: string, decimalComma = false): number | undefined {
  // Longer is no figure a school types, and the patterns below never see unbounded text: a cell of
  // 100,000 digits hung the import in a pattern that backtracks (issue 11).
  if (text.length > MAX_NUMBER_TEXT) return undefined;
  const t = text.trim().replace(/\s+/g, '');
  if (decimalComma) {
    if (/^[-+]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
    if (/^[-+]?\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  }
  // A group of thousands never starts with 0: "0,145" is a decimal comma.
  if (/^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^[-+]?\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  return undefined;
}

/**
 * The cell as a number. NaN and ±Infinity (a cell holding "NaN", a figure like 1e999) are not
 * numbers: refused, never stored (issue 11; SQLite stores NaN as null, and Infinity reached reports).
 */
export function readNumber(value: CellValue): ReadNumber {
  const read = readAnyNumber(value);
  const n = read.kind === 'number' ? read.value : read.kind === 'percent' ? read.rate : 0;
  return Number.isFinite(n) ? read : { kind: 'not-a-number' };
}

function readAnyNumber(value: CellValue): ReadNumber {
  switch (value.kind) {
    case 'blank':
      return { kind: 'blank' };
    case 'number':
      return value.percentFormat ? { kind: 'percent', rate: value.value } : { kind: 'number', value: value.value };
    case 'formula-without-result':
      return { kind: 'formula-without-result' };
    case 'error':
      return { kind: 'excel-error', code: value.value };
    case 'text': {
      const t = value.value.trim();
      if (t === '') return { kind: 'blank' };
      if (NOT_APPLICABLE.has(t.toLowerCase())) return { kind: 'not-applicable' };
      if (t.endsWith('%')) {
        const n = parseNumberText(t.slice(0, -1), value.decimalComma);
        return n === undefined ? { kind: 'not-a-number' } : { kind: 'percent', rate: n / 100 };
      }
      const n = parseNumberText(t, value.decimalComma);
      return n === undefined ? { kind: 'not-a-number' } : { kind: 'number', value: n };
    }
    default:
      return { kind: 'not-a-number' };
  }
}

/** The cell as the school wrote it, for messages and the audit trail. */
export const returnedText = (value: CellValue): string => cellText(value);
