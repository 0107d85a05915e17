// The DfE Local Authority Interactive Tool's long CSV (short_desc, data_item, year, la_or_region,
// value, la_number, region), as downloaded: each mapped item becomes a comparator of England, a
// region or an LA. `year` is the calendar year the academic year ends (2016 = 2015/16), "2025 (prov)"
// a provisional year; `-` is no data.
import type { PublishedComparators } from '../../schemas/formats/published-comparators.schema.js';
import { formatAcademicYear } from '../domain/academic-year.js';
import type { Catalogue } from '../domain/catalogue.js';
import type { RawSheet } from '../ingest/read/raw-sheet.js';
import { message, type Message } from '../messages/message.js';
import type { ComparatorRow } from '../store/queries/reference.js';
import type { ComparatorReading } from './comparator-reading.js';
import { MEAN, unitOf } from './comparator-unit.js';
import { columnOf, publishedValue, textsOf } from './published-table.js';
import { SkipTally, skippedMessages } from './skip-tally.js';

const FIELDS = ['short_desc', 'year', 'la_or_region', 'value', 'la_number'] as const;

export function readLaitComparators(
  file: string,
  sheet: RawSheet,
  cat: Catalogue,
  map: PublishedComparators,
): ComparatorReading {
  const lait = map.lait;
  const [header, ...lines] = sheet.rows;
  const headings = textsOf(header);
  const col = Object.fromEntries(FIELDS.map((f) => [f, columnOf(headings, [f])])) as Record<
    (typeof FIELDS)[number],
    number
  >;
  const messages: Message[] = [];
  const symbols = new SkipTally();
  const unmapped = new SkipTally();
  const provisionalYears = new Set<string>();
  const rows: ComparatorRow[] = [];
  const lineOf: number[] = [];
  const provisional = new RegExp(`\\s*${lait.provisionalMark.replace(/[()]/g, '\\$&')}\\s*$`, 'i');
  for (const line of lines) {
    const t = textsOf(line);
    const at = (field: (typeof FIELDS)[number]) => t[col[field]] ?? '';
    const bad = (field: (typeof FIELDS)[number], detail: string) =>
      messages.push(message('reference.bad-row', { file, line: line.number, column: field }, { detail }));
    const item = lait.items[at('short_desc')];
    if (!item) {
      unmapped.add(at('short_desc'));
      continue;
    }
    const yearText = at('year');
    const isProvisional = provisional.test(yearText);
    const ending = yearText.replace(provisional, '');
    if (!/^\d{4}$/.test(ending)) {
      bad('year', `year "${yearText}" is not the calendar year an academic year ends, as 2016 or 2025 (prov)`);
      continue;
    }
    const code = at('la_number');
    if (!/^\d{3}$/.test(code)) {
      bad('la_number', `la_number "${code}" is not a 3-digit LA or region number`);
      continue;
    }
    const v = publishedValue(at('value'), map.symbols);
    if (v.kind === 'symbol') {
      symbols.add(v.symbol);
      continue;
    }
    const unit = unitOf(cat, item.measure)!;
    if (v.kind === 'bad' || (unit !== MEAN && (v.value < 0 || v.value > 100))) {
      bad('value', `value "${at('value')}" is not ${unit === MEAN ? 'a number' : 'a percentage from 0 to 100'}`);
      continue;
    }
    const year = formatAcademicYear(Number(ending) - 1);
    if (isProvisional) provisionalYears.add(year);
    lineOf.push(line.number);
    rows.push({
      academic_year: year,
      geographic_level: lait.national[code] ?? (lait.regional.includes(code) ? 'Regional' : 'Local authority'),
      area_name: at('la_or_region'),
      area_code: code,
      key_stage: item.keyStage,
      measure: item.measure,
      pupil_group: item.group,
      half_terms: item.halfTerms ?? 0,
      pa_threshold: item.persistentAbsenceThreshold ?? 0,
      unit,
      provisional: isProvisional ? 1 : 0,
      source: 'lait',
      value: v.value,
    });
  }
  messages.push(...skippedMessages(file, symbols, map.symbols, unmapped, 'LAIT item (short_desc)'));
  const marked = rows.filter((r) => r.provisional).length;
  if (marked > 0)
    messages.push(message('comparators.provisional', { file }, { count: marked, years: [...provisionalYears].sort() }));
  return { rows, lines: lineOf, messages };
}
