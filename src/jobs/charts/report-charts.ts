// What the charts command and the HTML report both draw on: (1) the predictions report,
// built once, published or not, (2) the term's attendance report when asked for and the
// store has returns for it, (3) the charts of each, taken from those reports.
import type { Term } from '../../aggregate/attendance/index.js';
import { shippedContext, type Context } from '../../domain/context.js';
import type { Store } from '../../store/open-store.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { buildAttendanceReport } from '../attendance/attendance-report.js';
import { buildPredictionsReport } from '../predictions-report.js';
import type { PredictionsReport } from '../../publish/predictions/predictions-report.js';
import { attendanceCharts } from './attendance-charts.js';
import {
  chartMeasure,
  hasAttendance,
  type ReportCharts,
  type ReportScope,
} from '../../publish/report-charts/report-charts.js';
import { predictionCharts } from './prediction-charts.js';

export async function buildReportCharts(
  store: Store,
  scope: ReportScope,
  context: Context = shippedContext(),
): Promise<ReportCharts> {
  const measure = chartMeasure(scope, context.catalogue);
  if (!measure)
    throw new Error(`no measure ${scope.measure ?? '(headline)'} for ${scope.keyStage} in ${scope.academicYear}`);
  const predictions = await buildPredictionsReport(
    store,
    {
      academicYear: scope.academicYear,
      keyStage: scope.keyStage,
      round: scope.round,
      levels: ['city', 'group', 'school'],
      published: scope.published,
      ...(scope.threshold !== undefined ? { threshold: scope.threshold } : {}),
    },
    context,
  );
  const attendance =
    scope.term === undefined
      ? undefined
      : await buildAttendanceReport(
          store,
          {
            academicYear: scope.academicYear,
            term: scope.term,
            ...(scope.halfTerm ? { halfTerm: scope.halfTerm } : {}),
            yearToDate: scope.yearToDate ?? false,
            phase: scope.phase ?? 'all',
            published: scope.published,
            ...(scope.threshold !== undefined ? { threshold: scope.threshold } : {}),
          },
          context,
        );
  const withAttendance = attendance && hasAttendance(attendance, context.catalogue) ? attendance : undefined;
  const { charts, withheld } = await predictionCharts(store, predictions, measure, context);
  return {
    context,
    measure,
    predictions,
    ...(withAttendance ? { attendance: withAttendance } : {}),
    predictionCharts: charts,
    withheldCharts: withheld,
    attendanceCharts: withAttendance ? await attendanceCharts(store, withAttendance, context) : [],
  };
}
