// Reads an .xlsx return with exceljs into a RawBook. The one place exceljs's many cell shapes
// become CellValues (pitfalls.md, "Cell values come in many shapes").
import ExcelJS from 'exceljs';
import { message } from '../../messages/message.js';
import type { Message } from '../../messages/message.js';
import type { CellValue, ReadResult, RawRow, RawSheet } from './raw-sheet.js';
import type { SourceFile } from './source-file.js';
import { checkZip, MAX_ENTRIES, MAX_UNCOMPRESSED_BYTES } from './zip-precheck.js';

// Whole-column validation and conditional formats make exceljs expand every address and hang
// (pitfalls.md, exceljs #1842); a return's meaning never depends on them.
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst'];

const isPercentFormat = (numFmt: string | undefined) => !!numFmt && /%/.test(numFmt.replace(/"[^"]*"|\\./g, ''));

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
  if ('formula' in raw || 'sharedFormula' in raw) {
    const result = (raw as { result?: unknown }).result;
    if (result === undefined) return { kind: 'formula-without-result' };
    return toCellValue(result as ExcelJS.CellValue, numFmt);
  }
  if ('text' in raw) return toCellValue((raw as { text: unknown }).text as ExcelJS.CellValue, numFmt);
  return { kind: 'text', value: String(raw) };
}

function readSheet(ws: ExcelJS.Worksheet): RawSheet {
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The reader copies a merge's value into every cell of it; only the master holds it.
      if (cell.isMerged && cell.master !== cell) return;
      cells[colNumber - 1] = toCellValue(cell.value, cell.numFmt);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= { kind: 'blank' };
    rows.push({ number: rowNumber, cells });
  });
  return { name: ws.name, visible: ws.state === 'visible' || ws.state === undefined, rows };
}

export async function readXlsx(source: SourceFile): Promise<ReadResult> {
  const place = { file: source.name };
  const fail = (m: Message): ReadResult => ({ ok: false, messages: [m] });
  const zip = checkZip(source.bytes);
  if (!zip.ok) {
    if (zip.problem === 'truncated') return fail(message('file.truncated', place));
    if (zip.problem === 'not-a-workbook')
      return fail(message('file.misnamed', place, { actual: 'a zip archive without a workbook in it' }));
    if (zip.problem === 'too-many-parts')
      return fail(message('file.too-many-parts', place, { parts: zip.entries ?? 0, limit: MAX_ENTRIES }));
    return fail(
      message('file.too-large', place, {
        megabytes: Math.round((zip.uncompressedBytes ?? 0) / 1048576),
        limit: MAX_UNCOMPRESSED_BYTES / 1048576,
      }),
    );
  }
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
  return { ok: true, book: { format: 'xlsx', sheets: workbook.worksheets.map(readSheet) } };
}
