/**
 * Gap to national across areas for one pupil group and measure: a dot plot, one row per
 * school (or per collaborative group), sorted by gap, coloured by collaborative group.
 */
import { chartText } from '../../messages/chart-text.js';
import { reportText } from '../../messages/report-text.js';
import type { ChartResult, GapRow } from './chart-rows.js';
import { NOT_AVAILABLE, SUPPRESSED, cell, round1, symmetricExtent, uniqueLabels } from './chart-format.js';
import { CATEGORICAL, COLOURS, SHAPES, directionKey, labelledRule, specBase } from './chart-theme.js';

export interface GapAcrossAreasOptions {
  pupilGroupLabel: string;
  measureLabel: string;
  /** Academic year, e.g. `2015/16`. */
  year: string;
  /** What one row is; default `school`. */
  areaKind?: 'school' | 'collaborativeGroup';
}

/** Pixels per area: 120 schools make a chart about 2,000 px tall (split it, or use groups). */
const ROW_HEIGHT = 16;
const NO_GROUP = chartText['area-gap-chart.no-group'];

/** Highest gap at the top; suppressed and missing areas last, by name. */
function byGap(a: { gap: number | null; area: string }, b: { gap: number | null; area: string }): number {
  if (a.gap !== null && b.gap !== null && a.gap !== b.gap) return b.gap - a.gap;
  if ((a.gap === null) !== (b.gap === null)) return a.gap === null ? 1 : -1;
  return a.area.localeCompare(b.area, 'en-GB');
}

export function gapAcrossAreasChart(rows: readonly GapRow[], options: GapAcrossAreasOptions): ChartResult {
  const kind = options.areaKind ?? 'school';
  const labels = uniqueLabels(rows.map((r) => r.areaName));
  const byGroup = options.areaKind !== 'collaborativeGroup' && rows.some((r) => r.collaborativeGroup);
  const entries = rows
    .map((row, i) => {
      const gap = row.suppressed ? null : round1(row.gapToNational);
      return {
        row,
        area: labels[i] ?? '',
        gap,
        group: row.collaborativeGroup ?? NO_GROUP,
        label: gap === null ? (row.suppressed ? SUPPRESSED : NOT_AVAILABLE) : '',
      };
    })
    .sort(byGap);
  const data = entries.map(({ area, gap, group, label }) => ({ area, gap, group, label }));
  const order = data.map((d) => d.area);
  const groups = [...new Set(data.map((d) => d.group))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const extent = symmetricExtent(data.map((d) => d.gap));
  const y = { field: 'area', type: 'nominal' as const, sort: order, title: null, axis: { labelFontSize: 11 } };
  const x = {
    field: 'gap',
    type: 'quantitative' as const,
    title: chartText['chart.gap-axis'],
    scale: { domain: [-extent, extent] },
  };
  const cycle = (list: readonly string[]) => groups.map((_, i) => list[i % list.length] ?? '');
  const groupScale = (range: string[]) => ({
    field: 'group',
    type: 'nominal' as const,
    scale: { domain: groups, range },
    title: null,
    legend: { orient: 'bottom' as const, columns: 3, symbolLimit: 0 },
  });
  const withheld = data.some((d) => d.gap === null);
  return {
    spec: {
      ...specBase(chartText['area-gap-chart.title'](options.measureLabel, options.pupilGroupLabel, kind), [
        chartText['area-gap-chart.subtitle'](options.year, kind),
        ...(withheld ? [chartText['chart.suppressed-or-missing']] : []),
      ]),
      height: ROW_HEIGHT * Math.max(1, data.length),
      data: { values: data },
      layer: [
        {
          transform: [{ filter: { field: 'gap', valid: true } }],
          mark: { type: 'rule', color: COLOURS.leader },
          encoding: { y, x, x2: { datum: 0 } },
        },
        {
          transform: [{ filter: { field: 'gap', valid: true } }],
          mark: { type: 'point', filled: true, size: 64, opacity: 1, ...(byGroup ? {} : { color: COLOURS.blue }) },
          encoding: byGroup
            ? { y, x, color: groupScale(cycle(CATEGORICAL)), shape: groupScale(cycle(SHAPES)) }
            : { y, x },
        },
        {
          transform: [{ filter: { field: 'gap', valid: false } }],
          mark: { type: 'text', align: 'left', dx: 4, color: COLOURS.grey, fontStyle: 'italic' },
          encoding: { y, x: { datum: 0, type: 'quantitative' }, text: { field: 'label' } },
        },
        ...labelledRule(0, chartText['chart.national']),
        ...directionKey(extent, false),
      ],
    },
    table: {
      columns: [
        kind === 'collaborativeGroup' ? reportText['column.collaborative-group'] : reportText['column.school'],
        ...(byGroup ? [reportText['column.collaborative-group']] : []),
        chartText['chart.percent-column'](options.measureLabel),
        chartText['chart.national-column'],
        chartText['chart.gap-axis'],
      ],
      rows: entries.map(({ row, area, gap }) => [
        area,
        ...(byGroup ? [row.collaborativeGroup ?? NO_GROUP] : []),
        cell(row.suppressed ? null : round1(row.rate), row.suppressed),
        round1(row.nationalRate),
        cell(gap, row.suppressed),
      ]),
    },
  };
}
