// Locate a return in a workbook: the sheet (by name, or the one visible sheet), the header
// block of label/value pairs above the table, and the table from its "Pupil group" row down to
// the first blank row (schemas/README.md §1, §3).
import { returnsFormat, type ReturnKind } from '../../../schemas/formats/returns.schema.js';
import { NameIndex, nameKey } from '../../domain/names.js';
import { message } from '../../messages/message.js';
import { MAX_HEADER_TEXT } from '../normalise/header-values.js';
import { a1, isBlank, type MergedRange, type RawBook, type RawRow, type RawSheet } from '../read/raw-sheet.js';
import type { LocatedCell, LocatedFile, LocatedReturn, LocatedRow } from './located-return.js';

const headerFields = new NameIndex(
  returnsFormat.headerFields,
  (f) => [f.code, f.label, ...f.aliases],
  (f) => f.label,
  'header label',
);
const tableHeaderKeys = new Set([returnsFormat.tableHeader.label, ...returnsFormat.tableHeader.aliases].map(nameKey));
const kinds = Object.entries(returnsFormat.kinds) as [ReturnKind, { sheet: string }][];

/** The index of the row whose column A reads "Pupil group", or -1. */
const tableHeaderIndex = (sheet: RawSheet) =>
  sheet.rows.findIndex((r) => r.cells[0]?.kind === 'text' && tableHeaderKeys.has(nameKey(r.cells[0].value)));

/** The header field a row's column A names ("URN", "Round:"), if any. */
function headerFieldOf(row: RawRow) {
  const label = row.cells[0];
  // A label is a few words: longer text is none, and no pattern runs on it (schemas/README.md §8).
  if (label?.kind !== 'text' || label.value.length > MAX_HEADER_TEXT) return undefined;
  return headerFields.find(label.value.replace(/:\s*$/, ''));
}

/** A sheet that could be a return: a "Pupil group" table with a URN or LAESTAB above it (not a Guidance glossary). */
function looksLikeReturn(sheet: RawSheet): boolean {
  const table = tableHeaderIndex(sheet);
  return (
    table >= 0 && sheet.rows.slice(0, table).some((r) => ['urn', 'laestab'].includes(headerFieldOf(r)?.code ?? ''))
  );
}

type SheetChoice = { sheet: RawSheet; kind?: ReturnKind } | { ambiguous: string[] } | undefined;

function chooseSheet(book: RawBook): SheetChoice {
  for (const [kind, { sheet: wanted }] of kinds) {
    const named = book.sheets.filter((s) => nameKey(s.name) === nameKey(wanted));
    if (named.length === 0) continue;
    // A visible sheet of the name wins over a hidden copy (a school that kept the old one hidden);
    // two visible ones, two hidden ones, or a hidden one beside a visible return under another
    // name are not clear.
    const visibleNamed = named.filter((s) => s.visible);
    if (visibleNamed.length > 1) return { ambiguous: visibleNamed.map((s) => s.name) };
    if (visibleNamed.length === 0 && named.length > 1) return { ambiguous: named.map((s) => s.name) };
    const sheet = visibleNamed[0] ?? named[0]!;
    const rivals = sheet.visible ? [] : book.sheets.filter((s) => s.visible && looksLikeReturn(s));
    if (rivals.length > 0) return { ambiguous: [sheet.name, ...rivals.map((s) => s.name)] };
    return { sheet, kind };
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
  if (chosen && 'ambiguous' in chosen) {
    return {
      returns: [],
      returnMessages: [],
      messages: [message('sheet.ambiguous', { file }, { sheets: chosen.ambiguous })],
    };
  }
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

  const headerIndex = tableHeaderIndex(sheet);
  if (headerIndex < 0) {
    return {
      returns: [],
      returnMessages: [],
      messages: [message('table.not-found', { file, sheet: sheet.name }, { sheet: sheet.name })],
    };
  }

  const header: LocatedReturn['header'] = {};
  const headerRepeats: NonNullable<LocatedReturn['headerRepeats']> = {};
  for (const row of sheet.rows.slice(0, headerIndex)) {
    const field = headerFieldOf(row);
    if (!field) continue;
    const value = cellAt(row, 1);
    const first = header[field.code];
    if (!first || isBlank(first.value)) header[field.code] = value;
    // Read (and compared by meaning) in the normalise stage, which knows how each is written.
    else if (!isBlank(value.value)) (headerRepeats[field.code] ??= []).push(value);
  }

  const tableHeader = sheet.rows[headerIndex]!;
  const tableRows: RawRow[] = [];
  let expected = tableHeader.number + 1;
  for (const row of sheet.rows.slice(headerIndex + 1)) {
    // A row absent from the sheet is a blank row: the table ends there.
    if (row.number !== expected || rowIsBlank(row)) break;
    tableRows.push(row);
    expected++;
  }
  // As wide as its widest row, so figures beyond the last heading are seen (and queried), not lost.
  const width = tableRows.reduce((w, r) => Math.max(w, r.cells.length), tableHeader.cells.length);
  const columns = Array.from({ length: width - 1 }, (_, i) => cellAt(tableHeader, i + 1));
  const rows: LocatedRow[] = tableRows.map((row) => ({
    pupilGroup: cellAt(row, 0),
    cells: columns.map((_, i) => cellAt(row, i + 1)),
  }));

  const located: LocatedReturn = {
    kind: chosen.kind ?? kindFromHeader(header),
    file,
    headerPlace: { file, sheet: sheet.name, cell: 'A1' },
    header,
    headerRepeats,
    columns,
    rows,
  };
  const messages =
    rows.length === 0 ? [message('table.empty', { file, sheet: sheet.name, cell: a1(tableHeader.number, 0) })] : [];
  const merged = mergesOverTable(sheet, tableRows, width).map((m) =>
    message('table.merged-cells', { file, sheet: sheet.name, cell: a1(m.top, m.left - 1) }, { range: rangeText(m) }),
  );
  return { returns: [located], returnMessages: [merged], messages };
}

/**
 * Merged ranges reaching into the table's rows. Refused, not queried: a merge shows its top-left
 * figure across every cell it covers and hides what the others hold, so what the school sees and
 * what the file holds differ, and neither can be stored as the school's figure (issue 11).
 */
function mergesOverTable(sheet: RawSheet, tableRows: readonly RawRow[], width: number): MergedRange[] {
  if (tableRows.length === 0) return [];
  const first = tableRows[0]!.number;
  const last = tableRows.at(-1)!.number;
  return (sheet.merges ?? []).filter((m) => m.top <= last && m.bottom >= first && m.left <= width);
}

const rangeText = (m: MergedRange) => `${a1(m.top, m.left - 1)}:${a1(m.bottom, m.right - 1)}`;
