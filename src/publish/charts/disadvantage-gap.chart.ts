/**
 * The disadvantage gap over time: the city's disadvantaged pupils against other pupils
 * nationally (the DfE's comparison), with all pupils nationally when given.
 */
import { chartText } from '../../messages/chart-text.js';
import type { ChartResult, DisadvantageGapRow } from './chart-rows.js';
import { SUPPRESSED, cell, round1, signedPoints, uniqueLabels } from './chart-format.js';
import { COLOURS, specBase } from './chart-theme.js';

export interface DisadvantageGapOptions {
  measureLabel: string;
  /** Name of the local area in the series label; default `City`. */
  areaName?: string;
}

const HEIGHT = 320;

export function disadvantageGapChart(
  rows: readonly DisadvantageGapRow[],
  options: DisadvantageGapOptions,
): ChartResult {
  const local = chartText['disadvantage-chart.local'](options.areaName ?? chartText['disadvantage-chart.city']);
  const other = chartText['disadvantage-chart.national-other'];
  const all = chartText['disadvantage-chart.national-all'];
  const withAll = rows.some((r) => r.nationalAllRate !== undefined);
  const series = withAll ? [local, other, all] : [local, other];
  const periods = uniqueLabels(rows.map((r) => r.period));
  const points = rows.flatMap((row, i) => {
    const period = periods[i] ?? '';
    const values: [string, number | null][] = [
      [local, row.suppressed ? null : round1(row.cityDisadvantagedRate)],
      [other, round1(row.nationalOtherPupilsRate)],
      ...(withAll ? [[all, round1(row.nationalAllRate)] as [string, number | null]] : []),
    ];
    return values.map(([name, rate]) => ({ period, series: name, rate }));
  });
  const gaps = rows.map((row, i) => {
    const gap = row.suppressed ? null : round1(row.gap);
    const rate = row.suppressed ? null : round1(row.cityDisadvantagedRate);
    return {
      period: periods[i] ?? '',
      rate,
      label: gap === null ? '' : chartText['disadvantage-chart.gap'](signedPoints(gap)),
    };
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
    title: chartText['disadvantage-chart.axis'](options.measureLabel),
    scale: { zero: true },
  };
  const seriesOf = (range: (string | number[])[]) => ({
    field: 'series',
    type: 'nominal' as const,
    scale: { domain: series, range },
    title: null,
  });
  const colours = [COLOURS.vermillion, COLOURS.blue, COLOURS.black];
  const suppressed = rows.some((r) => r.suppressed);
  return {
    spec: {
      ...specBase(chartText['disadvantage-chart.title'](options.measureLabel), [
        chartText['disadvantage-chart.subtitle'](local),
        ...(suppressed ? [chartText['chart.suppressed']] : []),
      ]),
      height: HEIGHT,
      layer: [
        {
          data: { values: points },
          mark: { type: 'line', strokeWidth: 2.5, invalid: 'break-paths-show-path-domains' },
          encoding: {
            x,
            y,
            color: seriesOf(colours),
            strokeDash: seriesOf([
              [1, 0],
              [1, 0],
              [6, 4],
            ]),
          },
        },
        {
          data: { values: points },
          transform: [{ filter: { field: 'rate', valid: true } }],
          mark: { type: 'point', filled: true, size: 70, opacity: 1 },
          encoding: { x, y, color: seriesOf(colours), shape: seriesOf(['circle', 'square', 'diamond']) },
        },
        {
          data: { values: gaps },
          transform: [{ filter: { field: 'rate', valid: true } }],
          mark: { type: 'text', baseline: 'top', dy: 10, fontSize: 11, color: COLOURS.vermillion },
          encoding: { x, y, text: { field: 'label' } },
        },
        {
          data: { values: rows.map((r, i) => ({ period: periods[i] ?? '', suppressed: r.suppressed })) },
          transform: [{ filter: { field: 'suppressed', equal: true } }],
          mark: {
            type: 'text',
            text: SUPPRESSED,
            baseline: 'bottom',
            dy: -4,
            color: COLOURS.grey,
            fontStyle: 'italic',
          },
          encoding: { x, y: { value: HEIGHT } },
        },
      ],
    },
    table: {
      columns: [
        chartText['chart.period-column'],
        chartText['chart.percent-column'](local),
        chartText['chart.percent-column'](other),
        ...(withAll ? [chartText['chart.percent-column'](all)] : []),
        chartText['disadvantage-chart.gap-column'],
      ],
      rows: rows.map((row, i) => [
        periods[i] ?? '',
        cell(row.suppressed ? null : round1(row.cityDisadvantagedRate), row.suppressed),
        round1(row.nationalOtherPupilsRate),
        ...(withAll ? [round1(row.nationalAllRate)] : []),
        cell(row.suppressed ? null : round1(row.gap), row.suppressed),
      ]),
    },
  };
}
