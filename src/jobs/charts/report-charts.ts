// What the charts command and the HTML report both draw on: (1) the predictions report,
// built once, published or not, (2) the term's attendance report when asked for and the
// store has returns for it, (3) the charts of each, taken from those reports.
import type { Term } from '../../aggregate/attendance/index.js';
import { catalogue } from '../../domain/catalogue.js';
import type { Store } from '../../store/open-store.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { buildAttendanceReport } from '../attendance/attendance-report.js';
import { buildPredictionsReport } from '../predictions-report.js';
import type { PredictionsReport } from '../../publish/predictions/predictions-report.js';
import { attendanceCharts } from './attendance-charts.js';
import { headlineMeasure, measureInForce } from '../../publish/report-charts/measure-choice.js';
import type { NamedChart, WithheldChart } from '../../publish/report-charts/named-chart.js';
import { predictionCharts } from './prediction-charts.js';

export interface ReportScope {
  academicYear: string;
  keyStage: string;
  round: string;
  /** The attendance term to add; none for predictions only. */
  term?: Term;
  /** Suppress small numbers in tables and charts alike. */
  published: boolean;
  /** Largest count suppressed when published; default from settings. */
  threshold?: number;
  /** Measure code the charts show; default the key stage's headline measure. */
  measure?: string;
}

export interface ReportCharts {
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
export function chartMeasure(scope: Pick<ReportScope, 'academicYear' | 'keyStage' | 'measure'>): string | undefined {
  if (scope.measure !== undefined)
    return measureInForce(scope.measure, scope.keyStage, scope.academicYear) ? scope.measure : undefined;
  return headlineMeasure(scope.keyStage, scope.academicYear)?.code;
}

/** Whether any school has a whole-cohort figure in the report. */
export function hasAttendance(report: AttendanceReport): boolean {
  return report.schools.some((s) => s.byGroup.get(catalogue().wholeCohort)?.status === 'returned');
}

export async function buildReportCharts(store: Store, scope: ReportScope): Promise<ReportCharts> {
  const measure = chartMeasure(scope);
  if (!measure)
    throw new Error(`no measure ${scope.measure ?? '(headline)'} for ${scope.keyStage} in ${scope.academicYear}`);
  const predictions = await buildPredictionsReport(store, {
    academicYear: scope.academicYear,
    keyStage: scope.keyStage,
    round: scope.round,
    levels: ['city', 'group', 'school'],
    published: scope.published,
    ...(scope.threshold !== undefined ? { threshold: scope.threshold } : {}),
  });
  const attendance =
    scope.term === undefined
      ? undefined
      : await buildAttendanceReport(store, {
          academicYear: scope.academicYear,
          term: scope.term,
          yearToDate: false,
          phase: 'all',
          published: scope.published,
          ...(scope.threshold !== undefined ? { threshold: scope.threshold } : {}),
        });
  const withAttendance = attendance && hasAttendance(attendance) ? attendance : undefined;
  const { charts, withheld } = await predictionCharts(store, predictions, measure);
  return {
    measure,
    predictions,
    ...(withAttendance ? { attendance: withAttendance } : {}),
    predictionCharts: charts,
    withheldCharts: withheld,
    attendanceCharts: withAttendance ? await attendanceCharts(store, withAttendance) : [],
  };
}
