/** Reports turned into the chart builders' rows, and the charts of a report. */
export {
  attendanceRankRows,
  cityTrendRows,
  termOrder,
  type RankMeasure,
} from '../../publish/report-charts/attendance-chart-rows.js';
export { attendanceCharts, attendanceOverTime } from './attendance-charts.js';
export { chartCsv } from '../../publish/report-charts/chart-csv.js';
export { disadvantageGapRows, type PeriodReport } from '../../publish/report-charts/disadvantage-rows.js';
export { cityGapByPupilGroup, gapAcrossAreas, gapRowOf } from '../../publish/report-charts/gap-rows.js';
export { headlineMeasure, measureInForce } from '../../publish/report-charts/measure-choice.js';
export { namedChart, slugOf, type NamedChart, type WithheldChart } from '../../publish/report-charts/named-chart.js';
export { NOTHING_TO_DRAW, predictionCharts, reportsOverTime, type PredictionChartSet } from './prediction-charts.js';
export {
  buildReportCharts,
  chartMeasure,
  hasAttendance,
  type ReportCharts,
  type ReportScope,
} from './report-charts.js';
export { attendanceTerms, predictionRounds, type StoredPeriod } from './store-periods.js';
