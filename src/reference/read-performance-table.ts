// A DfE performance-tables school-level download (absence, KS2 or KS4: `LA, ESTAB, URN, …`), as
// downloaded: each school line of the LAs asked for gives a figure, or the symbol published in its
// place, for each column schemas/formats/performance-tables.json maps. Lines with no URN (the LA's
// and England's totals a KS2 or KS4 table carries) and other LAs' schools are counted, not read.
import type { PerformanceTables } from '../../schemas/formats/performance-tables.schema.js';
import type { Catalogue } from '../domain/catalogue.js';
import type { RawSheet } from '../ingest/read/raw-sheet.js';
import { message, type Message } from '../messages/message.js';
import { MEAN, unitOf } from './comparator-unit.js';
import { columnOf, hasHeadings, textsOf } from './published-table.js';
import { SkipTally } from './skip-tally.js';
import type { ValidatedRow } from '../store/queries/validated.js';

/** A figure as the tables print it: plain, or a percentage with its sign ("67%"). */
const FIGURE = /^-?\d+(\.\d+)?%?$/;

export interface PerformanceTableReading {
  rows: ValidatedRow[];
  messages: Message[];
  /** School lines of the LAs asked for. */
  schools: number;
  /** Lines of other LAs, and lines with no URN (totals). */
  otherLines: number;
}

/** The mapped figure columns among `headings`, with their column numbers; none if not a download. */
export function figureColumns(headings: readonly string[], map: PerformanceTables) {
  const recognised = hasHeadings(headings, map.recognisedBy) && columnOf(headings, map.columns.la) >= 0;
  if (!recognised) return [];
  const present = map.figures
    .map((figure) => ({ figure, at: columnOf(headings, [figure.column]) }))
    .filter((f) => f.at >= 0);
  // One column per figure: a file holding two columns of one measure (old and new names) is read by the first.
  const key = (f: (typeof present)[number]) =>
    [f.figure.keyStage, f.figure.measure, f.figure.persistentAbsenceThreshold ?? 0].join('|');
  return present.filter((f, i) => present.findIndex((g) => key(g) === key(f)) === i);
}

export function readPerformanceTable(
  file: string,
  sheet: RawSheet,
  o: { academicYear: string; las: readonly string[]; cat: Catalogue; map: PerformanceTables },
): PerformanceTableReading {
  const [header, ...lines] = sheet.rows;
  const headings = textsOf(header);
  const figures = figureColumns(headings, o.map);
  const col = (names: readonly string[]) => columnOf(headings, names);
  const [la, estab, urn] = [col(o.map.columns.la), col(o.map.columns.estab), col(o.map.columns.urn)];
  const messages: Message[] = [];
  const symbols = new SkipTally();
  const rows: ValidatedRow[] = [];
  let schools = 0;
  let otherLines = 0;
  for (const line of lines) {
    const t = textsOf(line);
    if (t.every((c) => c === '')) continue;
    const laCode = t[la] ?? '';
    const schoolUrn = t[urn] ?? '';
    if (!/^\d{6}$/.test(schoolUrn) || !o.las.includes(laCode)) {
      otherLines++;
      continue;
    }
    schools++;
    for (const { figure, at } of figures) {
      const cell = t[at] ?? '';
      const unit = unitOf(o.cat, figure.measure) ?? MEAN;
      const place = { file, line: line.number, column: figure.column };
      let value: number | null = null;
      let symbol: string | null = null;
      if (FIGURE.test(cell)) value = Number(cell.replace('%', ''));
      else if (cell.toUpperCase() in o.map.symbols) symbol = cell.toUpperCase();
      else if (cell === '') symbol = '';
      else {
        const detail = `${figure.column} "${cell}" for URN ${schoolUrn} is neither a figure nor a symbol of the tables`;
        messages.push(message('reference.bad-row', place, { detail }));
        continue;
      }
      if (value !== null && unit !== MEAN && (value < 0 || value > 100)) {
        const detail = `${figure.column} "${cell}" for URN ${schoolUrn} is not a percentage from 0 to 100`;
        messages.push(message('reference.bad-row', place, { detail }));
        continue;
      }
      if (symbol !== null) symbols.add(symbol === '' ? 'blank' : symbol);
      rows.push({
        academic_year: o.academicYear,
        urn: schoolUrn,
        la_code: laCode,
        estab: t[estab] ?? '',
        key_stage: figure.keyStage,
        measure: figure.measure,
        pa_threshold: figure.persistentAbsenceThreshold ?? 0,
        unit,
        value,
        symbol,
        source_column: figure.column,
        file_name: file,
      });
    }
  }
  if (symbols.total > 0) {
    const meaning = (s: string) => `${s} (${o.map.symbols[s] ?? 'left blank'})`;
    messages.push(message('validated.symbols', { file }, { skipped: symbols.total, kinds: symbols.kinds(meaning) }));
  }
  return { rows, messages, schools, otherLines };
}
