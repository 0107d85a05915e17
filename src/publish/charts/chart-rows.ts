/**
 * Plain input rows for the chart builders, and the value every builder returns.
 *
 * Units: every rate is a percentage (0–100); every gap is in percentage points.
 * A row marked `suppressed` must carry no published value: the builders ignore any
 * rate or gap on it and show the publication symbol `c` instead.
 */
import type { TopLevelSpec } from 'vega-lite';

/** One area's result for one pupil group and measure, against national. */
export interface GapRow {
  /** School URN, collaborative group code or `city`. */
  areaCode: string;
  /** School, collaborative group or city name, as published. Data, never markup. */
  areaName: string;
  /** The collaborative group a school belongs to, if any. */
  collaborativeGroup?: string;
  /** Pupil group code, e.g. `disadv`. */
  pupilGroup: string;
  /** Pupil group label, e.g. `Disadvantaged (FSM/PPG)`. */
  pupilGroupLabel: string;
  /** Measure code, e.g. `ks2_rwm_exs`. */
  measure: string;
  /** Measure label, e.g. `RWM EXS+`. */
  measureLabel: string;
  /** Local rate, percent. Absent when suppressed or not available. */
  rate?: number;
  /** National rate for the same group, measure and year, percent. */
  nationalRate?: number;
  /** rate − nationalRate, percentage points; positive = above national. */
  gapToNational?: number;
  /** Pupils in the group. Never drawn or tabled by the charts (it may be a small number). */
  cohort?: number;
  /** True when the cell is suppressed for publication (shown as `c`). */
  suppressed: boolean;
}

/** The city's disadvantaged pupils against national, for one period. */
export interface DisadvantageGapRow {
  /** Period label, e.g. `2014/15 Autumn` or `2015/16`; rows are drawn in the order given. */
  period: string;
  /** City disadvantaged pupils' rate, percent. */
  cityDisadvantagedRate?: number;
  /** National rate for other (not disadvantaged) pupils, percent. */
  nationalOtherPupilsRate?: number;
  /** National rate for all pupils, percent. */
  nationalAllRate?: number;
  /** cityDisadvantagedRate − nationalOtherPupilsRate, percentage points (negative = behind). */
  gap?: number;
  /** True when the city figure (rate and gap) is suppressed; national figures are still shown. */
  suppressed: boolean;
}

/** One school's absence for one period, for the ranking chart. */
export interface AttendanceRankRow {
  /** School name. Data, never markup. */
  areaName: string;
  /** Overall absence, percent of possible sessions. */
  overallAbsenceRate?: number;
  /** Persistent absentees, percent of enrolments. */
  persistentAbsenceRate?: number;
  /** National rate for the chosen measure and the school's phase, percent (phases differ). */
  nationalRate?: number;
  /** Rank as computed upstream (ties share a rank); the chart shows it, never recomputes it. */
  rank?: number;
  /** True when the school sent no return: drawn as a row marked not returned, with no bar. */
  notReturned: boolean;
  /** True when a published report withholds the school's figure: drawn as a row marked c, with no bar. */
  withheld?: boolean;
}

/** One area's sessions missed by reason for one period, for the stacked reasons chart (issue 14). */
export interface AbsenceReasonRow {
  /** National, the city or a school. Data, never markup. */
  area: string;
  /** Each reason in the catalogue's order: its label and sessions as a share of possible sessions, percent. */
  reasons: readonly { label: string; rate?: number }[];
  /** True when the area's figures are withheld for publication: no bar, `c`. */
  suppressed: boolean;
}

/** One area's overall absence for one period, for the trend chart. */
export interface AttendanceTrendRow {
  /** School name, or `City`. Data, never markup. */
  area: string;
  /** Period label, e.g. `2014/15 Autumn`. */
  period: string;
  /** Sort key of the period (ascending = later). */
  order: number;
  /** Overall absence, percent of possible sessions. */
  overallAbsenceRate?: number;
  /** National overall absence for the period, percent. */
  nationalRate?: number;
  /** Target overall absence for the period, percent. */
  target?: number;
}

/** A table cell: a number, text, `c` (suppressed) or null (not available: print `x`). */
export type ChartCell = string | number | null;

/** The numbers behind a chart, to print beside it. Numbers are rounded as drawn. */
export interface ChartTable {
  columns: string[];
  rows: ChartCell[][];
}

/** What every builder returns: a Vega-Lite v6 spec and the table behind it. */
export interface ChartResult {
  spec: TopLevelSpec;
  table: ChartTable;
}
