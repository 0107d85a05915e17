// An Explore Education Statistics tidy CSV of absence by pupil characteristic and school type, as
// shipped (legacy headings term, year, level; symbols in place of figures): each mapped count of a
// mapped characteristic and school type becomes a comparator of its half terms and threshold.
import type { PublishedComparators } from '../../schemas/formats/published-comparators.schema.js';
import { parseAcademicYear } from '../domain/academic-year.js';
import type { Catalogue } from '../domain/catalogue.js';
import type { RawSheet } from '../ingest/read/raw-sheet.js';
import { message, type Message } from '../messages/message.js';
import type { ComparatorRow } from '../store/queries/reference.js';
import { unitOf } from './comparator-unit.js';
import type { ComparatorReading } from './comparator-reading.js';
import { columnOf, publishedValue, textsOf } from './published-table.js';
import { SkipTally, skippedMessages } from './skip-tally.js';

export function readEesComparators(
  file: string,
  sheet: RawSheet,
  cat: Catalogue,
  map: PublishedComparators,
): ComparatorReading {
  const ees = map.ees;
  const [header, ...lines] = sheet.rows;
  const headings = textsOf(header);
  const col = Object.fromEntries(
    Object.entries(ees.columns).map(([field, names]) => [field, columnOf(headings, names)]),
  ) as Record<keyof typeof ees.columns, number>;
  const figures = ees.figures.map((f) => ({ ...f, index: columnOf(headings, [f.column]) }));
  const missing = [
    ...Object.entries(col)
      .filter(([, i]) => i < 0)
      .map(([field]) => ees.columns[field as keyof typeof ees.columns][0]!),
    ...figures.filter((f) => f.index < 0).map((f) => f.column),
  ];
  if (missing.length > 0)
    return {
      rows: [],
      lines: [],
      messages: [message('reference.missing-columns', { file, line: 1 }, { columns: missing })],
    };

  const lookup = (table: Readonly<Record<string, string | number>>, text: string) =>
    Object.entries(table).find(([k]) => k.toLowerCase() === text.toLowerCase())?.[1];
  const messages: Message[] = [];
  const symbols = new SkipTally();
  const unmapped = new SkipTally();
  const rows: ComparatorRow[] = [];
  const lineOf: number[] = [];
  for (const line of lines) {
    const t = textsOf(line);
    const at = (i: number) => t[i] ?? '';
    const bad = (i: number, detail: string) =>
      messages.push(message('reference.bad-row', { file, line: line.number, column: headings[i]! }, { detail }));
    const halfTerms = lookup(ees.halfTerms, at(col.period));
    if (typeof halfTerms !== 'number') {
      bad(
        col.period,
        `${headings[col.period]} "${at(col.period)}" is not one of ${Object.keys(ees.halfTerms).join(', ')}`,
      );
      continue;
    }
    const year = parseAcademicYear(at(col.year));
    if (!year) {
      bad(col.year, `${headings[col.year]} "${at(col.year)}" is not a year as 201415`);
      continue;
    }
    const level = lookup(ees.levels, at(col.level));
    if (typeof level !== 'string') {
      bad(col.level, `${headings[col.level]} "${at(col.level)}" is not one of ${Object.keys(ees.levels).join(', ')}`);
      continue;
    }
    const phase = lookup(ees.phases, at(col.phase));
    const group = lookup(ees.groups, at(col.group));
    if (typeof phase !== 'string' || typeof group !== 'string') {
      unmapped.add(typeof phase !== 'string' ? `school type ${at(col.phase)}` : at(col.group));
      continue;
    }
    for (const f of figures) {
      const v = publishedValue(at(f.index), map.symbols);
      if (v.kind === 'symbol') symbols.add(v.symbol);
      else if (v.kind === 'bad' || v.value < 0)
        bad(
          f.index,
          `${f.column} "${at(f.index)}" is not a count, nor a symbol of ${Object.keys(map.symbols).join(' ')}`,
        );
      else {
        lineOf.push(line.number);
        rows.push({
          academic_year: year,
          geographic_level: level,
          area_name: at(col.areaName),
          area_code: at(col.areaCode),
          key_stage: phase,
          measure: f.measure,
          pupil_group: group,
          half_terms: halfTerms,
          pa_threshold: f.persistentAbsenceThreshold ?? 0,
          unit: unitOf(cat, f.measure)!,
          provisional: 0,
          source: 'ees',
          value: v.value,
        });
      }
    }
  }
  messages.push(...skippedMessages(file, symbols, map.symbols, unmapped, 'characteristic or school type'));
  return { rows, lines: lineOf, messages };
}
