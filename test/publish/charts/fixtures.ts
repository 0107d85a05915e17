/** Small inline inputs for the chart tests. Values are invented. */
import type {
  AttendanceRankRow,
  AttendanceTrendRow,
  ChartResult,
  DisadvantageGapRow,
  GapRow,
} from '../../../src/publish/charts/chart-rows.js';
import { attendanceRankChart } from '../../../src/publish/charts/attendance-rank.chart.js';
import { attendanceTrendChart } from '../../../src/publish/charts/attendance-trend.chart.js';
import { disadvantageGapChart } from '../../../src/publish/charts/disadvantage-gap.chart.js';
import { gapAcrossAreasChart } from '../../../src/publish/charts/gap-across-areas.chart.js';
import { gapByPupilGroupChart } from '../../../src/publish/charts/gap-by-pupil-group.chart.js';

/** A value that must never appear anywhere once its row is suppressed. */
export const SECRET_RATE = 37.77;
export const SECRET_GAP = -13.57;

function gapRow(pupilGroup: string, pupilGroupLabel: string, rate: number | undefined, nationalRate: number): GapRow {
  return {
    areaCode: '107001',
    areaName: 'Hollingwood Primary School',
    collaborativeGroup: 'North',
    pupilGroup,
    pupilGroupLabel,
    measure: 'ks2_rwm_exs',
    measureLabel: 'RWM EXS+',
    rate,
    nationalRate,
    gapToNational: rate === undefined ? undefined : rate - nationalRate,
    cohort: 40,
    suppressed: false,
  };
}

/** 6 groups: 3 below national, 1 above, 1 suppressed (carrying a value it must hide), 1 not available. */
export const pupilGroupRows: GapRow[] = [
  gapRow('all', 'All pupils', 49.3, 53.1),
  gapRow('boys', 'Boys', 44.1, 49.8),
  gapRow('disadv', 'Disadvantaged (FSM/PPG)', 39.0, 61.2),
  gapRow('apkn', 'Pakistani heritage', 52.4, 50.1),
  {
    ...gapRow('woth', 'Any other White background', SECRET_RATE, 51.34),
    gapToNational: SECRET_GAP,
    cohort: 3,
    suppressed: true,
  },
  gapRow('pa_high', 'Higher prior attainers', undefined, 88.0),
];

function school(
  i: number,
  name: string,
  group: string | undefined,
  gap: number | undefined,
  suppressed = false,
): GapRow {
  return {
    areaCode: String(107100 + i),
    areaName: name,
    collaborativeGroup: group,
    pupilGroup: 'disadv',
    pupilGroupLabel: 'Disadvantaged (FSM/PPG)',
    measure: 'ks2_rwm_exs',
    measureLabel: 'RWM EXS+',
    rate: gap === undefined ? undefined : 50 + gap,
    nationalRate: 50,
    gapToNational: gap,
    suppressed,
  };
}

/** 5 schools in 2 groups (one name repeated), plus one suppressed school hiding a value. */
export const areaRows: GapRow[] = [
  school(1, 'Lister Primary', 'North', -4.2),
  school(2, 'Green Lane Primary', 'South', 6.1),
  school(3, 'Thornton Primary', 'North', 0.4),
  school(4, 'Thornton Primary', 'South', -11.8),
  { ...school(5, 'Bowling Park Primary', 'South', SECRET_GAP, true), rate: SECRET_RATE },
];

export const disadvantageRows: DisadvantageGapRow[] = [
  {
    period: '2013/14',
    cityDisadvantagedRate: 41.2,
    nationalOtherPupilsRate: 63.5,
    nationalAllRate: 57.0,
    gap: -22.3,
    suppressed: false,
  },
  {
    period: '2014/15',
    cityDisadvantagedRate: SECRET_RATE,
    nationalOtherPupilsRate: 64.1,
    nationalAllRate: 58.2,
    gap: SECRET_GAP,
    suppressed: true,
  },
  {
    period: '2015/16',
    cityDisadvantagedRate: 45.6,
    nationalOtherPupilsRate: 66.0,
    nationalAllRate: 60.1,
    gap: -20.4,
    suppressed: false,
  },
];

/** 4 returned schools (one above national), 1 not returned. */
export const rankRows: AttendanceRankRow[] = [
  {
    areaName: 'Lister Primary',
    overallAbsenceRate: 5.9,
    persistentAbsenceRate: 12.1,
    nationalRate: 4.6,
    rank: 4,
    notReturned: false,
  },
  {
    areaName: 'Green Lane Primary',
    overallAbsenceRate: 3.1,
    persistentAbsenceRate: 6.2,
    nationalRate: 4.6,
    rank: 1,
    notReturned: false,
  },
  { areaName: 'Thornton Primary', notReturned: true },
  {
    areaName: 'Bowling Park Primary',
    overallAbsenceRate: 4.2,
    persistentAbsenceRate: 8.0,
    nationalRate: 4.6,
    rank: 2,
    notReturned: false,
  },
  {
    areaName: 'Hollingwood Primary',
    overallAbsenceRate: 4.5,
    persistentAbsenceRate: 9.9,
    nationalRate: 4.6,
    rank: 3,
    notReturned: false,
  },
];

const terms = ['2015/16 Autumn', '2015/16 Spring', '2015/16 Summer', '2016/17 Autumn'];
/** Given out of order on purpose: the chart must order by `order`. */
export const trendRows: AttendanceTrendRow[] = terms
  .flatMap((period, order) => [
    { area: 'City', period, order, overallAbsenceRate: 4.9 + order / 10, nationalRate: 4.4, target: 4.5 },
    { area: 'Hollingwood Primary', period, order, overallAbsenceRate: 5.6 - order / 5, nationalRate: 4.4, target: 4.5 },
  ])
  .reverse();

/** Every builder with its fixture, by name. */
export function allCharts(): Record<string, ChartResult> {
  return {
    gapByPupilGroup: gapByPupilGroupChart(pupilGroupRows, {
      measureLabel: 'RWM EXS+',
      areaName: 'Hollingwood Primary School',
      year: '2015/16',
    }),
    gapAcrossAreas: gapAcrossAreasChart(areaRows, {
      pupilGroupLabel: 'Disadvantaged (FSM/PPG)',
      measureLabel: 'RWM EXS+',
      year: '2015/16',
    }),
    disadvantageGap: disadvantageGapChart(disadvantageRows, { measureLabel: 'RWM EXS+' }),
    attendanceRankOverall: attendanceRankChart(rankRows, { measure: 'overall', period: '2016/17 Autumn' }),
    attendanceRankPersistent: attendanceRankChart(rankRows, { measure: 'persistent', period: '2016/17 Autumn' }),
    attendanceTrend: attendanceTrendChart(trendRows, { areaName: 'Hollingwood Primary' }),
  };
}
