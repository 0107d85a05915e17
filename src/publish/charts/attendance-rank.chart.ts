/**
 * Schools ranked by absence for one period: horizontal bars, lowest absence at the top, each
 * coloured by whether it is above the national rate for its own phase (as the table's gap is).
 * One national line when every school has the same national figure; otherwise a tick on each
 * school's row at its phase's national rate. Every school has a row: one whose figure is withheld
 * shows `c` and one that sent no return shows so, below the bars, never dropped.
 */
import { chartText } from '../../messages/chart-text.js';
import { reportText } from '../../messages/report-text.js';
import type { AttendanceRankRow, ChartResult } from './chart-rows.js';
import { percent, round1, SUPPRESSED, uniqueLabels } from './chart-format.js';
import { COLOURS, labelledRule, specBase, type Layer } from './chart-theme.js';

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

type Entry = { row: AttendanceRankRow; school: string; value: number | null; national: number | null };

/** The one national rate every school shares, or null when none has one or they differ by phase. */
function sharedNational(entries: readonly Entry[]): { shared: number | null; all: number[] } {
  const all = [...new Set(entries.flatMap((e) => (e.national === null ? [] : [e.national])))].sort((a, b) => a - b);
  return { shared: all.length === 1 ? all[0]! : null, all };
}

function subtitle(entries: readonly Entry[], shared: number | null, all: readonly number[]): string[] {
  const withheld = entries.filter((e) => e.row.withheld && !e.row.notReturned).length;
  const notReturned = entries.filter((e) => e.row.notReturned).length;
  return [
    shared !== null || all.length === 0
      ? chartText['rank-chart.order'](shared === null ? undefined : percent(shared))
      : chartText['rank-chart.order-by-phase'](all.map(percent)),
    ...(withheld > 0 ? [chartText['rank-chart.withheld'](withheld)] : []),
    ...(notReturned > 0 ? [chartText['rank-chart.not-returned'](notReturned)] : []),
  ];
}

export function attendanceRankChart(rows: readonly AttendanceRankRow[], options: AttendanceRankOptions): ChartResult {
  const measure = MEASURES[options.measure];
  const valueOf = (r: AttendanceRankRow) =>
    round1(options.measure === 'overall' ? r.overallAbsenceRate : r.persistentAbsenceRate);
  const names = uniqueLabels(rows.map((r) => r.areaName));
  const entries: Entry[] = rows.map((row, i) => ({
    row,
    school: names[i] ?? '',
    value: row.notReturned || row.withheld ? null : valueOf(row),
    national: round1(row.nationalRate),
  }));
  const { shared, all } = sharedNational(entries);
  const byName = (a: Entry, b: Entry) => a.school.localeCompare(b.school, 'en-GB');
  const drawn = entries
    .filter((e): e is Entry & { value: number } => e.value !== null)
    .sort((a, b) => a.value - b.value || byName(a, b));
  // A returned school with no figure is withheld (c) whether or not the report said so.
  const withheld = entries.filter((e) => e.value === null && !e.row.notReturned).sort(byName);
  const absent = entries.filter((e) => e.row.notReturned).sort(byName);
  const data = drawn.map(({ school, value, national }) => ({
    school,
    value,
    national,
    label: percent(value),
    status: national !== null && value > national ? ABOVE : AT_OR_BELOW,
  }));
  const marked = [
    ...withheld.map((e) => ({ school: e.school, label: SUPPRESSED, note: chartText['rank-chart.withheld-bar'] })),
    ...absent.map((e) => ({ school: e.school, label: '', note: chartText['rank-chart.not-returned-bar'] })),
  ];
  const y = {
    field: 'school',
    type: 'nominal' as const,
    sort: [...data.map((d) => d.school), ...marked.map((m) => m.school)],
    title: null,
    axis: { labelFontSize: 11 },
  };
  const maxValue = Math.max(...all, ...data.map((d) => d.value), 1);
  const xMax = Math.ceil(maxValue * 1.2);
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    title: measure.axis,
    scale: { domain: [0, xMax] },
    axis: { tickCount: Math.min(xMax, 10) },
  };
  const anyNational = all.length > 0;
  const layers: Layer[] = [
    {
      data: { values: data },
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
            domain: anyNational ? [AT_OR_BELOW, ABOVE] : [AT_OR_BELOW],
            range: [COLOURS.blue, COLOURS.vermillion],
          },
        },
      },
    },
    {
      // A column at the right edge: labels at the bar ends would be crossed by the national line.
      data: { values: [...data, ...marked] },
      mark: { type: 'text', align: 'right', fontSize: 11 },
      encoding: { y, x: { datum: xMax, type: 'quantitative' }, text: { field: 'label' } },
    },
    ...(marked.length > 0
      ? [
          {
            // Where a bar would start, in grey: what the row holds instead of a bar.
            data: { values: marked },
            mark: { type: 'text', align: 'left', fontSize: 11, fontStyle: 'italic', color: COLOURS.rule, dx: 2 },
            encoding: { y, x: { datum: 0, type: 'quantitative' }, text: { field: 'note' } },
          } as Layer,
        ]
      : []),
    ...(shared !== null
      ? labelledRule(shared, chartText['rank-chart.national'](percent(shared)))
      : anyNational
        ? [
            {
              data: { values: data.filter((d) => d.national !== null) },
              mark: { type: 'tick', color: COLOURS.black, thickness: 2, bandSize: ROW_HEIGHT },
              encoding: { y, x: { field: 'national', type: 'quantitative' } },
            } as Layer,
          ]
        : []),
  ];
  const nationalOf = (e: Entry) => e.national ?? shared;
  return {
    spec: {
      ...specBase(chartText['rank-chart.title'](measure.title, options.period), subtitle(entries, shared, all)),
      height: ROW_HEIGHT * Math.max(1, data.length + marked.length),
      layer: layers,
    },
    table: {
      columns: [
        reportText['column.rank'],
        reportText['column.school'],
        chartText['chart.percent-column'](measure.title),
        chartText['chart.national-column'],
        chartText['rank-chart.return-column'],
      ],
      rows: [
        ...drawn.map((e) => [e.row.rank ?? null, e.school, e.value, nationalOf(e), chartText['rank-chart.returned']]),
        ...withheld.map((e) => [null, e.school, SUPPRESSED, nationalOf(e), chartText['rank-chart.returned']]),
        ...absent.map((e) => [null, e.school, null, nationalOf(e), chartText['rank-chart.not-returned-cell']]),
      ],
    },
  };
}
