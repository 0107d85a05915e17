/**
 * Overall absence across terms for a school and the city, against national and the
 * target (dashed). Periods are ordered by `order`; every area in the rows is drawn.
 */
import { chartText } from '../../messages/chart-text.js';
import type { AttendanceTrendRow, ChartResult } from './chart-rows.js';
import { round1 } from './chart-format.js';
import { COLOURS, specBase } from './chart-theme.js';

export interface AttendanceTrendOptions {
  /** The school the chart is about, for the title. */
  areaName: string;
}

const NATIONAL = chartText['chart.national'];
const AREA_COLOURS = [COLOURS.blue, COLOURS.green, COLOURS.purple, COLOURS.skyBlue, COLOURS.orange];
const AREA_SHAPES = ['circle', 'square', 'triangle-up', 'triangle-down', 'cross'];
const TARGET = chartText['trend-chart.target'];
const HEIGHT = 320;

/** First defined value of `pick` for a period; national and target are per period. */
function perPeriod(
  rows: readonly AttendanceTrendRow[],
  period: string,
  pick: (r: AttendanceTrendRow) => number | undefined,
) {
  return round1(
    rows
      .filter((r) => r.period === period)
      .map(pick)
      .find((v) => v !== undefined),
  );
}

export function attendanceTrendChart(
  rows: readonly AttendanceTrendRow[],
  options: AttendanceTrendOptions,
): ChartResult {
  const sorted = [...rows].sort((a, b) => a.order - b.order);
  const periods = [...new Set(sorted.map((r) => r.period))];
  const seen = [...new Set(sorted.map((r) => r.area))];
  // The school first (blue), other areas after, the city last.
  const areas = [
    ...seen.filter((a) => a === options.areaName),
    ...seen.filter((a) => a !== options.areaName && a !== 'City'),
    ...seen.filter((a) => a === 'City' && a !== options.areaName),
  ];
  const lookup = (area: string, period: string) =>
    round1(sorted.find((r) => r.area === area && r.period === period)?.overallAbsenceRate);
  const withNational = rows.some((r) => r.nationalRate !== undefined);
  const withTarget = rows.some((r) => r.target !== undefined);
  const series = [...areas, ...(withNational ? [NATIONAL] : []), ...(withTarget ? [TARGET] : [])];
  const matrix = periods.map((period) => [
    ...areas.map((a) => lookup(a, period)),
    ...(withNational ? [perPeriod(sorted, period, (r) => r.nationalRate)] : []),
    ...(withTarget ? [perPeriod(sorted, period, (r) => r.target)] : []),
  ]);
  const data = periods.flatMap((period, p) =>
    series.map((name, s) => ({ period, series: name, rate: matrix[p]?.[s] ?? null })),
  );
  const pick = (list: readonly string[], i: number) => list[i % list.length] ?? '';
  const style = (name: string, i: number, area: readonly string[], national: string, target: string) =>
    name === NATIONAL ? national : name === TARGET ? target : pick(area, i);
  const colours = series.map((s, i) => style(s, i, AREA_COLOURS, COLOURS.black, COLOURS.vermillion));
  const shapes = series.map((s, i) => style(s, i, AREA_SHAPES, 'diamond', 'stroke'));
  const dashes = series.map((name) => (name === TARGET ? [6, 4] : [1, 0]));
  const bySeries = <T>(range: T[]) => ({
    field: 'series',
    type: 'nominal' as const,
    scale: { domain: series, range },
    title: null,
  });
  const x = {
    field: 'period',
    type: 'ordinal' as const,
    sort: periods,
    title: null,
    axis: { labelAngle: 0, labelExpr: "split(datum.label, ' ')", labelLineHeight: 14 },
  };
  const y = {
    field: 'rate',
    type: 'quantitative' as const,
    title: chartText['chart.overall-absence-axis'],
    scale: { zero: true },
  };
  return {
    spec: {
      ...specBase(chartText['trend-chart.title'](options.areaName), [chartText['trend-chart.subtitle']]),
      height: HEIGHT,
      data: { values: data },
      layer: [
        {
          mark: { type: 'line', strokeWidth: 2.5, invalid: 'break-paths-show-path-domains' },
          encoding: { x, y, color: bySeries(colours), strokeDash: bySeries(dashes) },
        },
        {
          transform: [
            { filter: { and: [{ field: 'rate', valid: true }, { not: { field: 'series', equal: TARGET } }] } },
          ],
          mark: { type: 'point', filled: true, size: 60, opacity: 1 },
          encoding: { x, y, color: bySeries(colours), shape: bySeries(shapes) },
        },
      ],
    },
    table: {
      columns: [chartText['chart.period-column'], ...series.map((s) => chartText['chart.percent-column'](s))],
      rows: periods.map((period, p) => [period, ...(matrix[p] ?? [])]),
    },
  };
}
