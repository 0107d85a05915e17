import type { Withheld } from '../../disclosure/types.js';
import type { Level } from '../../aggregate/predictions/aggregate-predictions.js';

/** A published cell: a number, or the DfE's symbols: c suppressed, x not available, z not applicable. */
export type Shown = number | 'c' | 'x' | 'z';

/** One row of the tidy predictions table: an area's figure for a pupil group and measure. */
export interface PredictionsRow {
  level: Level;
  areaCode: string;
  areaName: string;
  collaborativeGroup?: string;
  pupilGroup: string;
  measure: string;
  kind: 'threshold' | 'mean';
  cohort: Shown;
  /** Pupils predicted to reach the measure; z for a mean measure. */
  count: Shown;
  /** Percent to one decimal, or the mean to two. */
  rate: Shown;
  nationalRate: Shown;
  /** The year of the national figure, when it is not the report's own year. */
  nationalYear?: string;
  /** Percentage points, positive above national. */
  gapToNational: Shown;
  /** Disadvantaged pupils only: other pupils nationally, and the gap to them. */
  nationalOtherRate?: Shown;
  gapToNationalOther?: Shown;
  /**
   * City rows only, where a neighbour list or a region's figures are stored (benchmark-cells.ts): the
   * statistical neighbours' mean, over those with a figure of the same year and definition.
   */
  neighbourAverage?: Shown;
  neighboursWithData?: number;
  /** Neighbours in the city's list. */
  neighbours?: number;
  /** Percentage points (points for a mean), positive above the neighbours' average. */
  gapToNeighbours?: Shown;
  regionName?: string;
  regionRate?: Shown;
  gapToRegion?: Shown;
  /** 1 = the highest among the city and its neighbours with a figure. */
  rankAmongNeighbours?: Shown;
  /** How many were ranked: the city and its neighbours with a figure. */
  rankedWithNeighbours?: number;
  /** 1 = the highest quarter of LAs, where every LA's figure is stored. */
  nationalQuartile?: Shown;
}

export interface PredictionsReport {
  academicYear: string;
  keyStage: string;
  round: string;
  levels: Level[];
  published: boolean;
  /** Counts from 1 to this many were suppressed (published only). */
  threshold: number;
  /** Published only: cells withheld over every level of the table, by the rules and to protect them. */
  withheld?: Withheld;
  /** Earlier years whose national figures stood in for a missing one. */
  nationalFallbackYears: string[];
  /** Returns the figures come from. */
  returns: number;
  rows: PredictionsRow[];
}
