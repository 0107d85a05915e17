// What the charts command and the HTML report both draw on, as values: the scope asked for, the
// reports built for it and their charts; and which measure the charts show.
import type { Term } from '../../aggregate/attendance/index.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { Context } from '../../domain/context.js';
import type { Phase } from '../../domain/school-phase.js';
import type { PredictionsReport } from '../predictions/predictions-report.js';
import { headlineMeasure, measureInForce } from './measure-choice.js';
import type { NamedChart, WithheldChart } from './named-chart.js';

export interface ReportScope {
  academicYear: string;
  keyStage: string;
  round: string;
  /** The attendance term to add; none for predictions only. */
  term?: Term;
  /** A half term of `term` (catalogue code), the charts' attendance period instead (charts only). */
  halfTerm?: string;
  /** The attendance for the year to date up to `term`, not the term alone. */
  yearToDate?: boolean;
  /** The attendance of one phase of school; absent: all. */
  phase?: Phase;
  /** Suppress small numbers in tables and charts alike. */
  published: boolean;
  /** Largest count suppressed when published; default from settings. */
  threshold?: number;
  /** Measure code the charts show; default the key stage's headline measure. */
  measure?: string;
}

export interface ReportCharts {
  /** The catalogue, settings and clock the reports were built under; the HTML writes its words from the same. */
  context: Context;
  /** The measure the charts show. */
  measure: string;
  predictions: PredictionsReport;
  /** Absent when no term was asked for or no school returned attendance for it. */
  attendance?: AttendanceReport;
  predictionCharts: NamedChart[];
  /** Predictions charts not drawn, with the reason: in a published report, all of a chart's figures may be c. */
  withheldCharts: WithheldChart[];
  attendanceCharts: NamedChart[];
}

/** The measure a scope's charts show, or undefined when the key stage's framework for the year has no such measure. */
export function chartMeasure(
  scope: Pick<ReportScope, 'academicYear' | 'keyStage' | 'measure'>,
  cat: Catalogue,
): string | undefined {
  if (scope.measure !== undefined)
    return measureInForce(scope.measure, scope.keyStage, scope.academicYear, cat) ? scope.measure : undefined;
  return headlineMeasure(scope.keyStage, scope.academicYear, cat)?.code;
}

/** Whether any school has a whole-cohort figure in the report. */
export function hasAttendance(report: AttendanceReport, cat: Catalogue): boolean {
  return report.schools.some((s) => s.byGroup.get(cat.wholeCohort)?.status === 'returned');
}
