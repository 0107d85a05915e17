// The ranking chart compares each school with the national figure for its own phase, as the
// attendance table's gap does (issue 13): one all-schools line (4.6%) would call a primary at or
// below national that the table shows at +0.4.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { attendanceRankChart } from '../../../src/publish/charts/attendance-rank.chart.js';
import { attendanceRankRows } from '../../../src/publish/report-charts/attendance-chart-rows.js';
import { attendanceFixture } from '../attendance/attendance-fixture.js';

const cat = catalogue();
const names = { returned: 'Ash Primary', missing: 'Birch Primary', group: 'North' };

describe('the ranking chart compares each school with its phase', () => {
  const report = attendanceFixture(names);
  const [ash] = report.schools;
  // A primary at 4.4% against primary national 4.0 (+0.4, more absence) and a secondary at 5.0%
  // against secondary national 5.3 (-0.3, less): the all-schools national 4.6 would say the opposite.
  const schools = [
    { ...ash!, urn: '1', name: 'Primary', rankOverall: 1, nationalOverall: 4.0, gapOverall: 0.4 },
    { ...ash!, urn: '2', name: 'Secondary', phase: 'secondary' as const, rankOverall: 2, nationalOverall: 5.3 },
  ];
  schools[0]!.byGroup = new Map([['all', rated(4.4)]]);
  schools[1]!.byGroup = new Map([['all', rated(5.0)]]);
  const chart = attendanceRankChart(attendanceRankRows({ ...report, schools }, cat, 'overall', 4.6), {
    measure: 'overall',
    period: '2015/16 Autumn',
  });

  it('colours the primary above national and the secondary at or below, as their table gaps are', () => {
    const bars = (chart.spec as { layer: { data: { values: { school: string; status: string }[] } }[] }).layer[0]!;
    expect(bars.data.values.map((d) => [d.school, d.status])).toEqual([
      ['Primary', 'Above national (more absence)'],
      ['Secondary', 'At or below national'],
    ]);
  });

  it("tables each school's own national figure and draws a tick at each, not one 4.6% line", () => {
    expect(chart.table.rows.map((r) => r[3])).toEqual([4, 5.3]);
    const spec = JSON.stringify(chart.spec);
    expect(spec).toContain('"type":"tick"');
    expect(spec).not.toContain('National 4.6%');
    expect(spec).toContain('the national rate for its phase (4.0%, 5.3%)');
  });
});

function rated(overall: number) {
  return {
    status: 'returned' as const,
    counts: { enrolments: 100, possible_sessions: 10000, authorised_absence: 0, unauthorised_absence: 0 },
    rates: { overall_absence_rate: overall, persistent_absence_rate: 10 },
  };
}
