// Locate the returns in a CSV file (schemas/README.md §2, §4): tell the layout from the header, then
// split the lines into one return per school and period, each accepted or refused on its own.
import { returnsFormat, type ReturnKind } from '../../../schemas/formats/returns.schema.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { headerValue } from '../normalise/header-values.js';
import { message } from '../../messages/message.js';
import type { Message } from '../../messages/message.js';
import { cellText, type RawRow, type RawSheet } from '../read/raw-sheet.js';
import type { LocatedCell, LocatedFile, LocatedReturn } from './located-return.js';

type Layout = keyof typeof returnsFormat.csvLayouts;
const layouts = returnsFormat.csvLayouts;
const KIND: Record<Layout, ReturnKind> = {
  'predictions-long': 'predictions',
  'predictions-wide': 'predictions',
  attendance: 'attendance',
};
/** Columns naming the return a line belongs to, other than the pupil group. */
const KEY_COLUMNS: Record<ReturnKind, string[]> = {
  predictions: ['urn', 'academic_year', 'key_stage', 'round'],
  attendance: ['urn', 'academic_year', 'term'],
};

function chooseLayout(headings: string[]): Layout | undefined {
  const has = (cols: string[]) => cols.every((c) => headings.includes(c));
  // Long is exactly its columns (blank ones aside, as Excel leaves after the last): with any
  // other column it is neither layout.
  if (has(layouts['predictions-long'])) {
    return headings.every((h) => h === '' || layouts['predictions-long'].includes(h)) ? 'predictions-long' : undefined;
  }
  if (has(layouts.attendance)) return 'attendance';
  if (has(layouts['predictions-wide'])) return 'predictions-wide';
  return undefined;
}

interface Part {
  key: string;
  label: string;
  lines: RawRow[];
}

export function locateCsv(sheet: RawSheet, file: string, cat: Catalogue): LocatedFile {
  const [headerRow, ...lines] = sheet.rows;
  const fail = (messages: Message[]): LocatedFile => ({ returns: [], returnMessages: [], messages });
  if (!headerRow) return fail([message('csv.blank', { file })]);
  const headings = headerRow.cells.map((c) => cellText(c).toLowerCase());
  const seen = new Set<string>();
  for (const h of headings) {
    if (h !== '' && seen.has(h))
      return fail([message('csv.duplicate-header', { file, line: headerRow.number }, { heading: h })]);
    seen.add(h);
  }
  const layout = chooseLayout(headings);
  if (!layout) {
    // Only the wide layout goes on with measure columns.
    const expected = Object.entries(layouts)
      .map(([name, l]) => l.join(',') + (name === 'predictions-wide' ? ',<measure>...' : ''))
      .join(' or ');
    return fail([message('csv.unknown-layout', { file, line: headerRow.number }, { expected })]);
  }
  if (lines.length === 0) return fail([message('csv.no-rows', { file })]);

  const kind = KIND[layout];
  const col = (name: string) => headings.indexOf(name);
  const keyCols = KEY_COLUMNS[kind].map(col);
  const parts = new Map<string, Part>();
  for (const line of lines) {
    const keyValues = keyCols.map((i) => cellText(line.cells[i]));
    // By what the values mean, so "2015/16" and "2015-16" on one school's lines are one return.
    const key = keyValues.map((v, i) => headerValue(KEY_COLUMNS[kind][i]!, v, cat) ?? v.trim().toLowerCase()).join('|');
    let part = parts.get(key);
    if (!part) {
      part = { key, label: `URN ${keyValues[0] || '(blank)'}, ${keyValues.slice(1).join(' ')}`, lines: [] };
      parts.set(key, part);
    }
    part.lines.push(line);
  }

  const at = (line: RawRow, column: string): LocatedCell => ({
    value: line.cells[col(column)] ?? { kind: 'blank' },
    place: { file, line: line.number, column },
  });
  const returns: LocatedReturn[] = [];
  const returnMessages: Message[][] = [];
  for (const part of parts.values()) {
    const first = part.lines[0]!;
    const messages: Message[] = [];
    for (const line of part.lines) {
      if (line.cells.length !== headings.length) {
        messages.push(
          message(
            'csv.ragged-row',
            { file, line: line.number },
            { found: line.cells.length, expected: headings.length },
          ),
        );
      }
    }
    const header: LocatedReturn['header'] = {};
    for (const name of KEY_COLUMNS[kind]) header[name] = at(first, name);
    const located: LocatedReturn = {
      kind,
      file,
      part: part.label,
      headerPlace: { file, line: first.number },
      header,
      columns: [],
      rows: [],
    };
    if (layout === 'predictions-long') pivotLong(located, part.lines, at, messages);
    else {
      // By index, not heading: two blank headings are two columns.
      const tableColumns = headings.flatMap((h, i) =>
        KEY_COLUMNS[kind].includes(h) || h === 'pupil_group' ? [] : [i],
      );
      const cellOf = (line: RawRow, i: number): LocatedCell => ({
        value: line.cells[i] ?? { kind: 'blank' },
        place: { file, line: line.number, column: headings[i] || `column ${i + 1}` },
      });
      located.columns = tableColumns.map((i) => ({
        value: { kind: 'text', value: headings[i]! },
        place: { file, line: headerRow.number, column: headings[i] || `column ${i + 1}` },
      }));
      located.rows = part.lines.map((line) => ({
        pupilGroup: at(line, 'pupil_group'),
        cells: tableColumns.map((i) => cellOf(line, i)),
      }));
    }
    returns.push(located);
    returnMessages.push(messages);
  }
  return { returns, returnMessages, messages: [] };
}

/** The long layout has a line per group and measure: gather it into the wide table the other stages read. */
function pivotLong(
  located: LocatedReturn,
  lines: RawRow[],
  at: (l: RawRow, c: string) => LocatedCell,
  messages: Message[],
): void {
  const measureColumns = new Map<string, number>();
  const groups = new Map<string, { pupilGroup: LocatedCell; cohort: LocatedCell; values: Map<number, LocatedCell> }>();
  for (const line of lines) {
    const groupCell = at(line, 'pupil_group');
    const groupKey = cellText(groupCell.value).toLowerCase();
    const cohort = at(line, 'cohort');
    let group = groups.get(groupKey);
    if (!group) {
      group = { pupilGroup: groupCell, cohort, values: new Map() };
      groups.set(groupKey, group);
    } else if (cellText(group.cohort.value) !== cellText(cohort.value)) {
      messages.push(
        message('csv.cohort-inconsistent', cohort.place, {
          group: cellText(groupCell.value),
          first: cellText(group.cohort.value),
          found: cellText(cohort.value),
        }),
      );
    }
    const measureCell = at(line, 'measure');
    const measureName = cellText(measureCell.value);
    if (measureName === '') continue;
    let index = measureColumns.get(measureName.toLowerCase());
    if (index === undefined) {
      index = measureColumns.size;
      measureColumns.set(measureName.toLowerCase(), index);
      located.columns[index + 1] = measureCell;
    }
    const previous = group.values.get(index);
    if (previous) {
      messages.push(
        message('csv.duplicate-value', at(line, 'value').place, {
          measure: measureName,
          group: cellText(groupCell.value),
          firstLine: previous.place.line ?? 0,
        }),
      );
      continue;
    }
    group.values.set(index, at(line, 'value'));
  }
  const first = lines[0]!;
  located.columns[0] = {
    value: { kind: 'text', value: 'cohort' },
    place: { file: located.file, line: first.number, column: 'cohort' },
  };
  located.rows = [...groups.values()].map((g) => ({
    pupilGroup: g.pupilGroup,
    cells: located.columns.map((c, i) =>
      i === 0
        ? g.cohort
        : (g.values.get(i - 1) ?? { value: { kind: 'blank' }, place: { ...c.place, column: 'value' } }),
    ),
  }));
}
