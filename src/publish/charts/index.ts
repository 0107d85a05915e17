/** The chart layer: pure spec builders and a Node renderer. */
export type {
  AbsenceReasonRow,
  AttendanceRankRow,
  AttendanceTrendRow,
  ChartCell,
  ChartResult,
  ChartTable,
  DisadvantageGapRow,
  GapRow,
} from './chart-rows.js';
export { NOT_AVAILABLE, SUPPRESSED } from './chart-format.js';
export { FONT_STACK, PAGE_WIDTH, VEGA_LITE_SCHEMA } from './chart-theme.js';
export { gapByPupilGroupChart, type GapByPupilGroupOptions } from './gap-by-pupil-group.chart.js';
export { gapAcrossAreasChart, type GapAcrossAreasOptions } from './gap-across-areas.chart.js';
export { disadvantageGapChart, type DisadvantageGapOptions } from './disadvantage-gap.chart.js';
export { attendanceRankChart, type AttendanceRankOptions } from './attendance-rank.chart.js';
export { attendanceTrendChart, type AttendanceTrendOptions } from './attendance-trend.chart.js';
export { absenceReasonsChart, type AbsenceReasonsOptions } from './absence-reasons.chart.js';
export { ChartRenderError, compileSpec, renderPng, renderSvg, type PngOptions } from './render.js';
