/**
 * Schools ranked by absence for one period: horizontal bars, lowest absence at the top,
 * with the national rate as a labelled rule. Schools that sent no return are left out of
 * the bars and listed at the foot of the table.
 */
import { chartText } from '../../messages/chart-text.js';
import { reportText } from '../../messages/report-text.js';
import type { AttendanceRankRow, ChartResult } from './chart-rows.js';
import { percent, round1, uniqueLabels } from './chart-format.js';
import { COLOURS, labelledRule, specBase } from './chart-theme.js';

export interface AttendanceRankOptions {
  measure: 'overall' | 'persistent';
  /** Period label, e.g. `2015/16 Autumn`. */
  period: string;
}

const ROW_HEIGHT = 18;
const ABOVE = chartText['rank-chart.above'];
const AT_OR_BELOW = chartText['rank-chart.at-or-below'];

const MEASURES = {
  overall: { title: chartText['rank-chart.overall'], axis: chartText['chart.overall-absence-axis'] },
  persistent: { title: chartText['rank-chart.persistent'], axis: chartText['rank-chart.persistent-axis'] },
} as const;

export function attendanceRankChart(rows: readonly AttendanceRankRow[], options: AttendanceRankOptions): ChartResult {
  const measure = MEASURES[options.measure];
  const valueOf = (r: AttendanceRankRow) =>
    round1(options.measure === 'overall' ? r.overallAbsenceRate : r.persistentAbsenceRate);
  const names = uniqueLabels(rows.map((r) => r.areaName));
  const national = round1(rows.find((r) => r.nationalRate !== undefined)?.nationalRate);
  const all = rows.map((row, i) => ({ row, school: names[i] ?? '', value: row.notReturned ? null : valueOf(row) }));
  const drawn = all
    .filter((e): e is typeof e & { value: number } => e.value !== null)
    .sort((a, b) => a.value - b.value || a.school.localeCompare(b.school, 'en-GB'));
  const absent = all.filter((e) => e.value === null).sort((a, b) => a.school.localeCompare(b.school, 'en-GB'));
  const data = drawn.map(({ school, value }) => ({
    school,
    value,
    label: percent(value),
    status: national !== null && value > national ? ABOVE : AT_OR_BELOW,
  }));
  const y = {
    field: 'school',
    type: 'nominal' as const,
    sort: data.map((d) => d.school),
    title: null,
    axis: { labelFontSize: 11 },
  };
  const maxValue = Math.max(national ?? 0, ...data.map((d) => d.value), 1);
  const xMax = Math.ceil(maxValue * 1.2);
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    title: measure.axis,
    scale: { domain: [0, xMax] },
    axis: { tickCount: Math.min(xMax, 10) },
  };
  const notReturned = rows.filter((r) => r.notReturned).length;
  return {
    spec: {
      ...specBase(chartText['rank-chart.title'](measure.title, options.period), [
        chartText['rank-chart.order'](national === null ? undefined : percent(national)),
        ...(notReturned > 0 ? [chartText['rank-chart.not-returned'](notReturned)] : []),
      ]),
      height: ROW_HEIGHT * Math.max(1, data.length),
      data: { values: data },
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.75 } },
          encoding: {
            y,
            x,
            color: {
              field: 'status',
              type: 'nominal',
              title: null,
              legend: { orient: 'bottom' },
              scale: {
                domain: national === null ? [AT_OR_BELOW] : [AT_OR_BELOW, ABOVE],
                range: [COLOURS.blue, COLOURS.vermillion],
              },
            },
          },
        },
        {
          // A column at the right edge: labels at the bar ends would be crossed by the national line.
          mark: { type: 'text', align: 'right', fontSize: 11 },
          encoding: { y, x: { datum: xMax, type: 'quantitative' }, text: { field: 'label' } },
        },
        ...(national === null ? [] : labelledRule(national, chartText['rank-chart.national'](percent(national)))),
      ],
    },
    table: {
      columns: [
        reportText['column.rank'],
        reportText['column.school'],
        chartText['chart.percent-column'](measure.title),
        chartText['chart.national-column'],
        chartText['rank-chart.return-column'],
      ],
      rows: [...drawn, ...absent].map(({ row, school, value }) => [
        row.notReturned ? null : (row.rank ?? null),
        school,
        value,
        national,
        row.notReturned ? chartText['rank-chart.not-returned-cell'] : chartText['rank-chart.returned'],
      ]),
    },
  };
}
