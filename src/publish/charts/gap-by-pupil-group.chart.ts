/**
 * Gap to national by pupil group, for one area and measure: diverging horizontal bars
 * around a zero rule that is the national rate.
 */
import { chartText } from '../../messages/chart-text.js';
import { reportText } from '../../messages/report-text.js';
import type { ChartResult, GapRow } from './chart-rows.js';
import {
  NOT_AVAILABLE,
  SUPPRESSED,
  cell,
  round1,
  signedPoints,
  symmetricExtent,
  uniqueLabels,
} from './chart-format.js';
import {
  ABOVE_NATIONAL,
  BELOW_NATIONAL,
  COLOURS,
  directionKey,
  labelledRule,
  specBase,
  type Layer,
} from './chart-theme.js';

export interface GapByPupilGroupOptions {
  measureLabel: string;
  areaName: string;
  /** Academic year, e.g. `2015/16`. */
  year: string;
}

/** Pixels per pupil group. */
const ROW_HEIGHT = 26;

/** Groups are drawn top to bottom in the order of `rows`. */
export function gapByPupilGroupChart(rows: readonly GapRow[], options: GapByPupilGroupOptions): ChartResult {
  const labels = uniqueLabels(rows.map((r) => r.pupilGroupLabel));
  const data = rows.map((row, i) => {
    const gap = row.suppressed ? null : round1(row.gapToNational);
    const missing = row.suppressed ? SUPPRESSED : NOT_AVAILABLE;
    return {
      group: labels[i] ?? '',
      gap,
      label: gap === null ? missing : signedPoints(gap),
      side: gap === null ? 'none' : gap < 0 ? 'left' : 'right',
      direction: gap === null ? null : gap < 0 ? BELOW_NATIONAL : ABOVE_NATIONAL,
    };
  });
  const extent = symmetricExtent(data.map((d) => d.gap));
  const y = { field: 'group', type: 'nominal', sort: labels, title: null } as const;
  const x = {
    field: 'gap',
    type: 'quantitative' as const,
    title: chartText['chart.gap-axis'],
    scale: { domain: [-extent, extent] },
  };
  const valueText = (side: 'left' | 'right'): Layer => ({
    transform: [{ filter: { field: 'side', equal: side } }],
    mark: { type: 'text', align: side === 'left' ? 'right' : 'left', dx: side === 'left' ? -4 : 4 },
    encoding: { y, x, text: { field: 'label' } },
  });
  const withheld = data.some((d) => d.gap === null);
  return {
    spec: {
      ...specBase(chartText['group-gap-chart.title'](options.measureLabel), [
        chartText['group-gap-chart.subtitle'](options.areaName, options.year),
        ...(withheld ? [chartText['chart.suppressed-or-missing']] : []),
      ]),
      height: ROW_HEIGHT * Math.max(1, rows.length),
      data: { values: data },
      layer: [
        {
          transform: [{ filter: { not: { field: 'side', equal: 'none' } } }],
          mark: { type: 'bar', height: { band: 0.7 } },
          encoding: {
            y,
            x,
            color: {
              field: 'direction',
              type: 'nominal',
              legend: null,
              scale: { domain: [ABOVE_NATIONAL, BELOW_NATIONAL], range: [COLOURS.blue, COLOURS.vermillion] },
            },
          },
        },
        valueText('right'),
        valueText('left'),
        {
          transform: [{ filter: { field: 'side', equal: 'none' } }],
          mark: { type: 'text', align: 'left', dx: 4, color: COLOURS.grey, fontStyle: 'italic' },
          encoding: { y, x: { datum: 0, type: 'quantitative' }, text: { field: 'label' } },
        },
        ...labelledRule(0, chartText['chart.national']),
        ...directionKey(extent),
      ],
    },
    table: {
      columns: [
        reportText['column.pupil-group'],
        chartText['chart.percent-column'](options.measureLabel),
        chartText['chart.national-column'],
        chartText['chart.gap-axis'],
      ],
      rows: rows.map((row, i) => [
        labels[i] ?? '',
        cell(row.suppressed ? null : round1(row.rate), row.suppressed),
        round1(row.nationalRate),
        cell(data[i]?.gap ?? null, row.suppressed),
      ]),
    },
  };
}
