import type { AttendanceCounts, AttendanceRates, Term, Trend, TargetProgress, Quartile } from './index.js';
import type { Phase } from '../../domain/school-phase.js';
import type { AttendanceBenchmark } from '../benchmarks/benchmarks.js';
import type { GroupNational } from './group-national.js';

/** A school's or area's attendance for the report's period, or why there is none. */
export type PeriodFigures =
  /** `withheld` in a published report: persistent absence (or every figure) is a small number or reveals one. */
  | {
      status: 'returned';
      counts: AttendanceCounts;
      rates: AttendanceRates;
      withheld?: 'persistent' | 'all';
      /** With `withheld: 'persistent'`: the pupils counted by absence withheld and the rates on them. */
      withheldCodes?: readonly string[];
      /**
       * With `withheld: 'all'`: the pupils counted by absence printed all the same, since the decision
       * shows them (what is published gives them already: a total of 0 above them, say).
       */
      shownCounts?: Readonly<Record<string, number>>;
      /**
       * With `withheld`: each count withheld (by column code), why (a rule, or to protect another), and
       * for a secondary one the disclosure cell it protects (disclosure/suppress-attendance.ts cellBase).
       */
      withheldCells?: Readonly<Record<string, { reason: 'primary' | 'secondary'; protects?: string }>>;
    }
  | { status: 'not returned' }
  /** The school's return for the period was refused (and no accepted one replaced it). */
  | { status: 'refused' }
  /**
   * A term or half term of the period missing (a year to date's, or a term's half): no figure, never
   * a partial one. `missingTerms` are the catalogue codes of the terms and half terms missing.
   */
  | { status: 'incomplete'; missingTerms: string[] };

export interface SchoolAttendance {
  urn: string;
  name: string;
  phase: Phase;
  collaborativeGroup?: string;
  /** All pupils, then each pupil group the returns have. */
  byGroup: Map<string, PeriodFigures>;
  rankOverall?: number;
  rankPersistent?: number;
  /** Ranks of the rates ranked beside the headlines (severe absence), by rate code; rank 1 = lowest. */
  ranks?: Readonly<Record<string, number>>;
  /** National figures for the school's phase of the rates beyond the headlines (severe, reasons), percent. */
  nationalRates?: Readonly<Record<string, number>>;
  quartileOverall?: Quartile;
  /** National rates for the school's phase, percent. */
  nationalOverall?: number;
  nationalPersistent?: number;
  /** Percentage points, as shown (one decimal), positive = more absence than national. */
  gapOverall?: number;
  gapPersistent?: number;
  /** Change in points since the same period a year earlier, negative = less absence. */
  changeOverall?: number;
  changePersistent?: number;
  trend: Trend;
  target?: { value: number; progress: TargetProgress };
}

export interface AreaAttendance {
  level: 'group' | 'phase' | 'city';
  code: string;
  name: string;
  phase: Phase | 'all';
  pupilGroup: string;
  figures: PeriodFigures;
  schoolsReturned: number;
  schoolsExpected: number;
  nationalOverall?: number;
  gapOverall?: number;
  /** The city only: its own trend, from its termly totals (what its target is rated on). */
  trend?: Trend;
  /** National figures for the area's phase of the rates beyond the headlines (severe, reasons), percent. */
  nationalRates?: Readonly<Record<string, number>>;
  target?: { value: number; progress: TargetProgress };
}

export interface AttendanceReport {
  academicYear: string;
  term: Term;
  /** A half term of `term` (its catalogue code) when the period is one, or the year to date to one. */
  halfTerm?: string;
  yearToDate: boolean;
  phase: Phase | 'all';
  /** Small numbers withheld for publication (1 to `threshold` pupils). */
  published?: { threshold: number; withheld?: { primary: number; secondary: number } };
  /** The persistent-absence threshold in force for the year, percent of possible sessions. */
  persistentThreshold?: number;
  /** The national figures' year, when it is not the report's. */
  nationalYear?: string;
  schools: SchoolAttendance[];
  areas: AreaAttendance[];
  /**
   * The city's and phases' rates against national, neighbours and region (issue 12); absent where no
   * neighbour list or regional figure is stored; empty for part of a year, which is not compared.
   */
  benchmarks?: AttendanceBenchmark[];
  /**
   * Each pupil group's national figures (issues 12, 14) for the phases its rows are of: the same group
   * nationally, of the report's definition, or why there is none. Absent where no row is of a group.
   */
  groupNational?: GroupNational[];
}
