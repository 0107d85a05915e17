// Reads an .xlsx return with exceljs into a RawBook. The one place exceljs's many cell shapes
// become CellValues (pitfalls.md, "Cell values come in many shapes").
import ExcelJS from 'exceljs';
import type { Limits } from '../../../schemas/settings.schema.js';
import { settings } from '../../../schemas/settings.schema.js';
import { message } from '../../messages/message.js';
import type { Message } from '../../messages/message.js';
import { a1, type CellValue, type MergedRange, type ReadResult, type RawRow, type RawSheet } from './raw-sheet.js';
import type { SourceFile } from './source-file.js';
import { checkZip } from './zip-precheck.js';
import { zipRefusal } from './zip-refusal.js';

// Whole-column validation and conditional formats make exceljs expand every address and hang
// (pitfalls.md, exceljs #1842); a return's meaning never depends on them.
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst'];

// A number format is short (Excel allows 255 characters): longer is no percentage format.
const isPercentFormat = (numFmt: string | undefined) =>
  !!numFmt && numFmt.length <= 255 && /%/.test(numFmt.replace(/"[^"]*"|\\./g, ''));

function toCellValue(raw: ExcelJS.CellValue, numFmt: string | undefined): CellValue {
  if (raw === null || raw === undefined) return { kind: 'blank' };
  if (typeof raw === 'number') return { kind: 'number', value: raw, percentFormat: isPercentFormat(numFmt) };
  if (typeof raw === 'string') return raw.trim() === '' ? { kind: 'blank' } : { kind: 'text', value: raw };
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
  // A date-formatted number beyond the calendar: Excel shows ##### in the cell.
  if (raw instanceof Date)
    return Number.isNaN(raw.getTime()) ? { kind: 'error', value: '#####' } : { kind: 'date', value: raw };
  if ('error' in raw) return { kind: 'error', value: String(raw.error) };
  if ('richText' in raw) return toCellValue(raw.richText.map((r) => r.text).join(''), numFmt);
  if ('text' in raw) return toCellValue((raw as { text: unknown }).text as ExcelJS.CellValue, numFmt);
  return { kind: 'text', value: String(raw) };
}

/**
 * A cell's value. A formula is read by its saved result from the cell itself: exceljs's `value`
 * drops a result that is 0 or false (its copy keeps only truthy fields), so 157 of 160 zeros came
 * out blank (issue 11); a data-table formula (`t="dataTable"`, no formula text) is read the same way.
 */
function cellValueOf(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result as ExcelJS.CellValue | undefined;
    return result === undefined ? { kind: 'formula-without-result' } : toCellValue(result, cell.numFmt);
  }
  return toCellValue(cell.value, cell.numFmt);
}

type SheetRead = { sheet: RawSheet } | { refusal: Message };

function readSheet(ws: ExcelJS.Worksheet, file: string, limits: Limits): SheetRead {
  const rows: RawRow[] = [];
  let refusal: Message | undefined;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (refusal) return;
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The reader copies a merge's value into every cell of it; only the master holds it.
      if (refusal || (cell.isMerged && cell.master !== cell)) return;
      const place = { file, sheet: ws.name, cell: a1(rowNumber, colNumber - 1) };
      if (colNumber > limits.sheetColumns)
        refusal = message('sheet.too-many-columns', place, { found: colNumber, limit: limits.sheetColumns });
      const value = cellValueOf(cell);
      if (value.kind === 'text' && value.value.length > limits.cellLength)
        refusal = message('cell.too-long', place, { length: value.value.length, limit: limits.cellLength });
      cells[colNumber - 1] = value;
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= { kind: 'blank' };
    rows.push({ number: rowNumber, cells });
  });
  if (refusal) return { refusal };
  const merges = Object.values((ws as unknown as { _merges: Record<string, MergedRange> })._merges ?? {}).map(
    ({ top, left, bottom, right }) => ({ top, left, bottom, right }),
  );
  return { sheet: { name: ws.name, visible: ws.state === 'visible' || ws.state === undefined, rows, merges } };
}

export async function readXlsx(source: SourceFile, limits: Limits = settings.limits): Promise<ReadResult> {
  const place = { file: source.name };
  const fail = (m: Message): ReadResult => ({ ok: false, messages: [m] });
  const zip = checkZip(source.bytes, limits);
  if (!zip.ok) return fail(zipRefusal(zip, place, limits));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength) as never,
      {
        ignoreNodes: IGNORED_NODES,
      },
    );
  } catch (error) {
    // A malformed part (a bad shared-string index, broken XML) surfaces as a TypeError or parse error.
    return fail(
      message('file.unreadable', place, {
        detail: error instanceof Error ? error.message.slice(0, 120) : String(error),
      }),
    );
  }
  const sheets: RawSheet[] = [];
  for (const ws of workbook.worksheets) {
    const read = readSheet(ws, source.name, limits);
    if ('refusal' in read) return fail(read.refusal);
    sheets.push(read.sheet);
  }
  return { ok: true, book: { format: 'xlsx', sheets } };
}
