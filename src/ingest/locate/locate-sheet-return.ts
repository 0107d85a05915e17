// Locate a return in a workbook: the sheet (by name, or the one visible sheet), the header
// block of label/value pairs above the table, and the table from its "Pupil group" row down to
// the first blank row (formats.md §1, §3).
import { returnsFormat, type ReturnKind } from '../../../schemas/formats/returns.schema.js';
import { NameIndex, nameKey } from '../../catalogue/names.js';
import { message } from '../../messages/rules.js';
import { a1, isBlank, type RawBook, type RawRow, type RawSheet } from '../read/raw-sheet.js';
import type { LocatedCell, LocatedFile, LocatedReturn, LocatedRow } from './located-return.js';

const headerFields = new NameIndex(
  returnsFormat.headerFields,
  (f) => [f.code, f.label, ...f.aliases],
  (f) => f.label,
  'header label',
);
const tableHeaderKeys = new Set([returnsFormat.tableHeader.label, ...returnsFormat.tableHeader.aliases].map(nameKey));
const kinds = Object.entries(returnsFormat.kinds) as [ReturnKind, { sheet: string }][];

function chooseSheet(book: RawBook): { sheet: RawSheet; kind?: ReturnKind } | undefined {
  for (const [kind, { sheet: wanted }] of kinds) {
    // A visible sheet of the name wins over a hidden copy (a school that kept the old one hidden).
    const named = book.sheets.filter((s) => nameKey(s.name) === nameKey(wanted));
    const sheet = named.find((s) => s.visible) ?? named[0];
    if (sheet) return { sheet, kind };
  }
  const visible = book.sheets.filter((s) => s.visible);
  return visible.length === 1 ? { sheet: visible[0]! } : undefined;
}

const rowIsBlank = (row: RawRow) => row.cells.every((c) => isBlank(c));

function kindFromHeader(header: LocatedReturn['header']): ReturnKind {
  return header['term'] && !header['key_stage'] ? 'attendance' : 'predictions';
}

export function locateWorkbook(book: RawBook, file: string): LocatedFile {
  const chosen = chooseSheet(book);
  if (!chosen) {
    const visible = book.sheets.filter((s) => s.visible).map((s) => s.name);
    const wanted = kinds.map(([, k]) => k.sheet).join('" or "');
    return { returns: [], returnMessages: [], messages: [message('sheet.not-found', { file }, { wanted, visible })] };
  }
  const { sheet } = chosen;
  const cellAt = (row: RawRow, col: number): LocatedCell => ({
    value: row.cells[col] ?? { kind: 'blank' },
    place: { file, sheet: sheet.name, cell: a1(row.number, col) },
  });

  const headerIndex = sheet.rows.findIndex((r) => {
    const first = r.cells[0];
    return first?.kind === 'text' && tableHeaderKeys.has(nameKey(first.value));
  });
  if (headerIndex < 0) {
    return { returns: [], returnMessages: [], messages: [message('table.not-found', { file, sheet: sheet.name }, { sheet: sheet.name })] };
  }

  const header: LocatedReturn['header'] = {};
  for (const row of sheet.rows.slice(0, headerIndex)) {
    const label = row.cells[0];
    if (label?.kind !== 'text') continue;
    const field = headerFields.find(label.value.replace(/:\s*$/, ''));
    if (field && !header[field.code]) header[field.code] = cellAt(row, 1);
  }

  const tableHeader = sheet.rows[headerIndex]!;
  const columns = tableHeader.cells.slice(1).map((_, i) => cellAt(tableHeader, i + 1));
  const rows: LocatedRow[] = [];
  let expected = tableHeader.number + 1;
  for (const row of sheet.rows.slice(headerIndex + 1)) {
    // A row absent from the sheet is a blank row: the table ends there.
    if (row.number !== expected || rowIsBlank(row)) break;
    rows.push({ pupilGroup: cellAt(row, 0), cells: columns.map((_, i) => cellAt(row, i + 1)) });
    expected++;
  }

  const located: LocatedReturn = {
    kind: chosen.kind ?? kindFromHeader(header),
    file,
    headerPlace: { file, sheet: sheet.name, cell: 'A1' },
    header,
    columns,
    rows,
  };
  const messages = rows.length === 0 ? [message('table.empty', { file, sheet: sheet.name, cell: a1(tableHeader.number, 0) })] : [];
  return { returns: [located], returnMessages: [[]], messages };
}
