// The Explore Education Statistics data standard's rules, written from the DfE's open data
// standards (analysts' guide, "Open data standards"; the EES data screener's checks) and NOT from
// the writer's own lists (src/publish/ees/ees-standard.ts), so a mistake there is caught here.
// Each rule returns the problems it finds, one line each, naming the file, the row and the column.
import { parse } from 'csv-parse/sync';

/** Time identifiers of the academic-year family the standard allows (it lists more families). */
const TIME_IDENTIFIERS = ['Academic year', 'Autumn term', 'Spring term', 'Summer term', 'Autumn and spring term'];

/** The standard's geographic levels, and the columns each requires beside the country's. */
const LEVELS: Readonly<Record<string, readonly string[]>> = {
  National: [],
  Regional: ['region_code', 'region_name'],
  'Local authority': ['new_la_code', 'la_name'],
  'Local authority district': ['lad_code', 'lad_name'],
  'Parliamentary constituency': ['pcon_code', 'pcon_name'],
  'Multi-academy trust': ['trust_id', 'trust_name'],
  'Opportunity area': ['opportunity_area_code', 'opportunity_area_name'],
  Ward: ['ward_code', 'ward_name'],
  School: ['school_urn', 'school_laestab', 'school_name'],
  Provider: ['provider_ukprn', 'provider_name'],
  Institution: ['institution_id', 'institution_name'],
  'Planning area': ['planning_area_code', 'planning_area_name'],
};
/** A school's or a district's row carries its LA's columns too. */
const ALSO: Readonly<Record<string, readonly string[]>> = { School: ['new_la_code', 'la_name'] };

const CODE_FORMATS: Readonly<Record<string, RegExp>> = {
  country_code: /^[EKNSW]92000\d{3}$/,
  region_code: /^E12\d{6}$/,
  new_la_code: /^E(06|07|08|09|10)\d{6}$/,
  old_la_code: /^\d{3}$/,
  school_urn: /^\d{6}$/,
  school_laestab: /^\d{7}$/,
};

const TIME_AND_PLACE = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name'];
const GEOGRAPHY = new Set([...TIME_AND_PLACE, ...Object.values(LEVELS).flat(), 'old_la_code']);

const META_HEADER = [
  'col_name',
  'col_type',
  'label',
  'indicator_grouping',
  'indicator_unit',
  'indicator_dp',
  'filter_hint',
  'filter_grouping_column',
];
const UNITS = ['', '%', '£', '£m', 'pp'];
/** The GSS symbols, the only words an indicator cell may hold. */
const GSS = ['c', 'x', 'z', 'low', 'u'];
const NUMBER = /^-?\d+(\.\d+)?$/;

type Row = Record<string, string>;

function table(text: string, file: string, problems: string[]): { header: string[]; rows: Row[] } {
  if (text.startsWith('\uFEFF')) problems.push(`${file}: starts with a byte order mark; EES wants plain UTF-8`);
  const records = parse(text, { relax_column_count: false }) as string[][];
  const [header = [], ...body] = records;
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

/** Every problem the standard's rules find in a data file and its metadata file. */
export function eesProblems(dataText: string, metaText: string): string[] {
  const problems: string[] = [];
  const data = table(dataText, 'data', problems);
  const meta = table(metaText, 'meta', problems);
  const at = (i: number, column: string) => `data row ${i + 2}, ${column}`;

  // Column names: lower case snake case, each once; time and geography first.
  for (const h of data.header)
    if (!/^[a-z][a-z0-9_]*$/.test(h)) problems.push(`data: column "${h}" is not lower case snake case`);
  if (new Set(data.header).size !== data.header.length) problems.push('data: a column name is repeated');
  for (const c of TIME_AND_PLACE) if (!data.header.includes(c)) problems.push(`data: no ${c} column`);
  if (data.rows.length === 0) problems.push('data: no rows');

  // The metadata: its header, a row for every filter and indicator, none for time or geography.
  if (meta.header.join(',') !== META_HEADER.join(',')) problems.push(`meta: header is ${meta.header.join(',')}`);
  const described = new Map(meta.rows.map((r) => [r['col_name']!, r]));
  if (described.size !== meta.rows.length) problems.push('meta: a column is described twice');
  for (const c of data.header)
    if (!GEOGRAPHY.has(c) && !described.has(c)) problems.push(`meta: no row for the data column ${c}`);
  for (const [name, r] of described) {
    if (!data.header.includes(name)) problems.push(`meta: ${name} is not a data column`);
    if (GEOGRAPHY.has(name)) problems.push(`meta: ${name} is a time or geography column`);
    if (!r['label']) problems.push(`meta: ${name} has no label`);
    if (r['col_type'] === 'Indicator') {
      if (!UNITS.includes(r['indicator_unit']!)) problems.push(`meta: ${name} unit "${r['indicator_unit']}"`);
      if (!/^\d$/.test(r['indicator_dp']!)) problems.push(`meta: ${name} decimal places "${r['indicator_dp']}"`);
    } else if (r['col_type'] === 'Filter') {
      if (r['indicator_unit'] || r['indicator_dp']) problems.push(`meta: filter ${name} has a unit or places`);
      const g = r['filter_grouping_column'];
      if (g && !data.header.includes(g)) problems.push(`meta: filter ${name} groups by a missing ${g}`);
    } else problems.push(`meta: ${name} is a "${r['col_type']}", not a Filter or an Indicator`);
  }
  const ofType = (t: string) => [...described].filter(([, r]) => r['col_type'] === t).map(([n]) => n);
  const [filters, indicators] = [ofType('Filter'), ofType('Indicator')];
  if (indicators.length === 0) problems.push('meta: no indicator');

  const seen = new Set<string>();
  data.rows.forEach((row, i) => {
    // Time: six digits, two consecutive years (201415), and an allowed identifier.
    const period = row['time_period']!;
    const m = /^(\d{4})(\d{2})$/.exec(period);
    if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) problems.push(`${at(i, 'time_period')}: "${period}"`);
    if (!TIME_IDENTIFIERS.includes(row['time_identifier']!))
      problems.push(`${at(i, 'time_identifier')}: "${row['time_identifier']}"`);
    // Geography: an allowed level, its columns filled and well formed, other levels' blank.
    const level = row['geographic_level']!;
    const own = LEVELS[level];
    if (!own) problems.push(`${at(i, 'geographic_level')}: "${level}"`);
    const needed = new Set(['country_code', 'country_name', ...(own ?? []), ...(ALSO[level] ?? [])]);
    for (const c of needed) if (!row[c]) problems.push(`${at(i, c)}: blank or missing for ${level}`);
    for (const c of data.header.filter((h) => GEOGRAPHY.has(h) && !TIME_AND_PLACE.includes(h))) {
      const value = row[c]!;
      const mine = needed.has(c) || (c === 'old_la_code' && needed.has('new_la_code'));
      if (!mine && value) problems.push(`${at(i, c)}: "${value}" on a ${level} row`);
      if (value && CODE_FORMATS[c] && !CODE_FORMATS[c]!.test(value)) problems.push(`${at(i, c)}: "${value}"`);
    }
    // Filters: a label in every cell; indicators: a number or a GSS symbol, never a blank.
    for (const f of filters) if (!row[f]) problems.push(`${at(i, f)}: blank filter`);
    for (const c of indicators) {
      const v = row[c]!;
      if (!NUMBER.test(v) && !GSS.includes(v)) problems.push(`${at(i, c)}: "${v}" is not a number or a GSS symbol`);
    }
    const key = JSON.stringify([...TIME_AND_PLACE, ...[...GEOGRAPHY], ...filters].map((c) => row[c]));
    if (seen.has(key)) problems.push(`data row ${i + 2}: repeats another row's time, place and filters`);
    seen.add(key);
  });

  // A filter's values are labels, not codes; one of two or more levels aggregates as Total.
  for (const f of filters) {
    const values = new Set(data.rows.map((r) => r[f]!));
    for (const v of values) if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(v)) problems.push(`${f}: "${v}" looks like a code`);
    if (values.size > 1 && !values.has('Total')) problems.push(`${f}: no Total among ${values.size} levels`);
  }
  return problems;
}
