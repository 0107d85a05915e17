// The words of the Explore Education Statistics (EES) data standard an export must use, as the
// DfE's open data standards give them (analysts' guide, "Open data standards"): the time and
// geography columns, the time identifiers and geographic levels this tool writes, the metadata
// file's columns and units, and the GSS symbols. The test of the exports
// (test/publish/ees/ees-rules.ts) holds its own copy of the standard's lists, so a mistake here
// is caught there rather than written into both.
import type { GssSymbol } from '../table/published-table.js';

/** Every data file starts with these, in this order ("Time and geography"). */
export const MANDATORY_COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
] as const;

/** The metadata file's header, in the standard's order. */
export const META_COLUMNS = [
  'col_name',
  'col_type',
  'label',
  'indicator_grouping',
  'indicator_unit',
  'indicator_dp',
  'filter_hint',
  'filter_grouping_column',
] as const;

/** An academic year's time identifiers: the year, a term, or the autumn and spring terms together. */
export type TimeIdentifier = 'Academic year' | 'Autumn term' | 'Spring term' | 'Summer term' | 'Autumn and spring term';

/**
 * The levels this tool can write. A collaborative group is none of the standard's levels: it is
 * the city's own grouping of its schools, with no code of its own (a multi-academy trust, a
 * planning area or a district would each claim something it is not). Its rows are therefore Local
 * authority rows filtered by `collaborative_group`, as EES's own releases break an LA's figure
 * down by school type or phase: the level says where, the filter says which of its schools; the
 * filter's Total is the whole LA.
 */
export type GeographicLevel = 'National' | 'Regional' | 'Local authority' | 'School';

/** Each level's columns beyond the country's, in the order the export writes them. */
export const LEVEL_COLUMNS: Readonly<Record<GeographicLevel, readonly string[]>> = {
  National: [],
  Regional: ['region_code', 'region_name'],
  'Local authority': ['new_la_code', 'old_la_code', 'la_name'],
  // A school's row carries its LA's columns too, so it can be placed without a look-up.
  School: ['new_la_code', 'old_la_code', 'la_name', 'school_urn', 'school_laestab', 'school_name'],
};

export const ENGLAND = { country_code: 'E92000001', country_name: 'England' } as const;

/** The units EES allows for an indicator; blank is a plain number (pupils, sessions, points, a rank). */
export type IndicatorUnit = '' | '%' | 'pp' | '£' | '£m';

/** The only words an indicator cell may hold instead of a number (GSS symbols). */
export const INDICATOR_SYMBOLS: readonly GssSymbol[] = ['c', 'x', 'z', 'low', 'u'];

/** Aggregate rows of a filter are `Total` ("For aggregate rows you should refer to these as 'Total'"). */
export const TOTAL = 'Total';
