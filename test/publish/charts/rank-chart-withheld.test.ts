// A published ranking chart draws a school whose figure is withheld as such (issue 13): its row
// is there, marked "withheld (c)" with no bar, its numbers table and CSV say c as the published
// table does (not x, not available), and the subtitle counts it. Nothing is dropped silently.
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../../src/publish/report-charts/chart-csv.js';
import { attendanceRankChart } from '../../../src/publish/charts/attendance-rank.chart.js';
import { renderSvg } from '../../../src/publish/charts/index.js';
import type { AttendanceRankRow } from '../../../src/publish/charts/chart-rows.js';
import { catalogue } from '../../../src/domain/catalogue.js';
import { attendanceRankRows } from '../../../src/publish/report-charts/attendance-chart-rows.js';
import { attendance } from '../html/report-fixture.js';

const rows: AttendanceRankRow[] = [
  { areaName: 'Ash', overallAbsenceRate: 4.1, nationalRate: 4.6, rank: 1, notReturned: false },
  // Returned, but a published report withholds its figure: no rate reaches the chart.
  { areaName: 'Birch', nationalRate: 4.6, notReturned: false, withheld: true },
  { areaName: 'Cedar', nationalRate: 4.6, notReturned: true },
];
const chart = attendanceRankChart(rows, { measure: 'overall', period: '2014/15 Summer' });

describe('a withheld school in the ranking chart', () => {
  it('is a row of the table with c, after the ranked schools and before those not returned', () => {
    expect(chart.table.rows).toEqual([
      [1, 'Ash', 4.1, 4.6, 'Returned'],
      [null, 'Birch', 'c', 4.6, 'Returned'],
      [null, 'Cedar', null, 4.6, 'Not returned'],
    ]);
  });

  it('is c in the chart CSV as in the published table; x only for the school that sent nothing', () => {
    expect(chartCsv(chart.table).trim().split(/\r?\n/)).toEqual([
      'Rank,School,Overall absence (%),National (%),Return',
      '1,Ash,4.1,4.6,Returned',
      'x,Birch,c,4.6,Returned',
      'x,Cedar,x,4.6,Not returned',
    ]);
  });

  it('is drawn: a row marked withheld (c) with no bar, counted in the subtitle', async () => {
    const svg = await renderSvg(chart.spec);
    expect(svg).toContain('>Birch<');
    expect(svg).toContain('withheld (c)');
    expect(svg).toContain('not returned');
    const subtitle = JSON.stringify((chart.spec as { title: unknown }).title);
    expect(subtitle).toContain("1 school's figure is withheld (c) to protect small numbers");
    expect(subtitle).toContain('1 school sent no return');
  });
});

describe("the chart's rows from a published report", () => {
  it('mark a school whose rates the report withholds as withheld, not as not returned', () => {
    const report = attendance('2014/15', 'Autumn', 4.6);
    const ash = report.schools[0]!;
    const f = ash.byGroup.get('all')!;
    if (f.status !== 'returned') throw new Error('the fixture changed');
    const rates = { ...f.rates, overall_absence_rate: undefined, persistent_absence_rate: undefined };
    ash.byGroup.set('all', { ...f, rates, withheld: 'all' });
    const [row] = attendanceRankRows(report, catalogue(), 'overall', 4.6);
    expect(row).toEqual({ areaName: 'Ash', nationalRate: 4.6, rank: 2, notReturned: false, withheld: true });
  });
});
