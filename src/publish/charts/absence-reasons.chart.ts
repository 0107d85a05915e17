/**
 * Absence by reason (issue 14): one horizontal bar per area (national, the city, schools), each
 * stacked from its reasons' sessions as a share of possible sessions, authorised reasons first. An
 * area whose figures are withheld shows `c` and no bar; a reason not returned adds nothing.
 */
import { chartText } from '../../messages/chart-text.js';
import type { AbsenceReasonRow, ChartResult } from './chart-rows.js';
import { cell, round1, SUPPRESSED, uniqueLabels } from './chart-format.js';
import { specBase, type Layer } from './chart-theme.js';

export interface AbsenceReasonsOptions {
  /** Period label, e.g. `2016/17 Autumn`. */
  period: string;
  /** What the bars are: the city against national, or the schools. */
  about: 'city' | 'schools';
}

const ROW_HEIGHT = 22;

export function absenceReasonsChart(rows: readonly AbsenceReasonRow[], options: AbsenceReasonsOptions): ChartResult {
  const reasons = rows[0]?.reasons.map((r) => r.label) ?? [];
  const areas = uniqueLabels(rows.map((r) => r.area));
  const data = rows.flatMap((row, i) =>
    row.suppressed
      ? []
      : row.reasons.flatMap((r, k) => {
          const rate = round1(r.rate);
          return rate === null ? [] : [{ area: areas[i]!, reason: r.label, order: k, rate }];
        }),
  );
  const withheld = rows.flatMap((row, i) => (row.suppressed ? [{ area: areas[i]!, label: SUPPRESSED }] : []));
  const y = { field: 'area', type: 'nominal' as const, sort: areas, title: null, axis: { labelFontSize: 11 } };
  const layers: Layer[] = [
    {
      data: { values: data },
      mark: { type: 'bar', height: { band: 0.75 } },
      encoding: {
        y,
        x: { field: 'rate', type: 'quantitative', stack: 'zero', title: chartText['reasons-chart.axis'] },
        color: {
          field: 'reason',
          type: 'nominal',
          title: null,
          scale: { domain: reasons, scheme: 'tableau20' },
          legend: { orient: 'bottom', columns: 3 },
        },
        order: { field: 'order', type: 'quantitative' },
        tooltip: [{ field: 'area' }, { field: 'reason' }, { field: 'rate', format: '.1f' }],
      },
    },
    ...(withheld.length > 0
      ? [
          {
            data: { values: withheld },
            mark: { type: 'text', align: 'left', fontSize: 11, dx: 2 },
            encoding: { y, x: { datum: 0, type: 'quantitative' }, text: { field: 'label' } },
          } as Layer,
        ]
      : []),
  ];
  return {
    spec: {
      ...specBase(chartText['reasons-chart.title'](options.about, options.period), [
        chartText['reasons-chart.subtitle'],
      ]),
      height: Math.max(rows.length * ROW_HEIGHT, 60),
      layer: layers,
    } as ChartResult['spec'],
    table: {
      columns: [chartText['reasons-chart.area-column'], ...reasons.map((r) => chartText['chart.percent-column'](r))],
      rows: rows.map((row, i) => [areas[i]!, ...row.reasons.map((r) => cell(round1(r.rate), row.suppressed))]),
    },
  };
}
