import { describe, expect, it } from 'vitest';
import { attendanceRankChart } from '../../../src/publish/charts/attendance-rank.chart.js';
import { allCharts } from './fixtures.js';

const charts = allCharts();

describe('the table printed beside each chart', () => {
  it('gap by pupil group: one row per group in input order, c for suppressed, null for not available', () => {
    expect(charts.gapByPupilGroup!.table).toEqual({
      columns: ['Pupil group', 'RWM EXS+ (%)', 'National (%)', 'Gap to national (percentage points)'],
      rows: [
        ['All pupils', 49.3, 53.1, -3.8],
        ['Boys', 44.1, 49.8, -5.7],
        ['Disadvantaged (FSM/PPG)', 39, 61.2, -22.2],
        ['Pakistani heritage', 52.4, 50.1, 2.3],
        ['Any other White background', 'c', 51.3, 'c'],
        ['Higher prior attainers', null, 88, null],
      ],
    });
  });

  it('gap across areas: sorted as drawn (highest gap first, withheld last), with the group', () => {
    expect(charts.gapAcrossAreas!.table.rows).toEqual([
      ['Green Lane Primary', 'South', 56.1, 50, 6.1],
      ['Thornton Primary', 'North', 50.4, 50, 0.4],
      ['Lister Primary', 'North', 45.8, 50, -4.2],
      ['Thornton Primary (2)', 'South', 38.2, 50, -11.8],
      ['Bowling Park Primary', 'South', 'c', 50, 'c'],
    ]);
  });

  it('disadvantage gap: every period, national all pupils included when given', () => {
    expect(charts.disadvantageGap!.table).toEqual({
      columns: [
        'Period',
        'City disadvantaged pupils (%)',
        'National other pupils (%)',
        'National all pupils (%)',
        'Gap (percentage points)',
      ],
      rows: [
        ['2013/14', 41.2, 63.5, 57, -22.3],
        ['2014/15', 'c', 64.1, 58.2, 'c'],
        ['2015/16', 45.6, 66, 60.1, -20.4],
      ],
    });
  });

  it('attendance rank: returned schools lowest first, then schools that sent no return', () => {
    expect(charts.attendanceRankOverall!.table).toEqual({
      columns: ['Rank', 'School', 'Overall absence (%)', 'National (%)', 'Return'],
      rows: [
        [1, 'Green Lane Primary', 3.1, 4.6, 'Returned'],
        [2, 'Bowling Park Primary', 4.2, 4.6, 'Returned'],
        [3, 'Hollingwood Primary', 4.5, 4.6, 'Returned'],
        [4, 'Lister Primary', 5.9, 4.6, 'Returned'],
        [null, 'Thornton Primary', null, 4.6, 'Not returned'],
      ],
    });
  });

  it('attendance rank: a not-returned school never shows a value, even if one was passed', () => {
    const { table, spec } = attendanceRankChart(
      [{ areaName: 'A', overallAbsenceRate: 9.99, notReturned: true, rank: 1 }],
      { measure: 'overall', period: 'P' },
    );
    expect(table.rows).toEqual([[null, 'A', null, null, 'Not returned']]);
    expect(JSON.stringify(spec)).not.toContain('9.99');
  });

  it('attendance trend: periods ordered by `order`, the school before the city', () => {
    expect(charts.attendanceTrend!.table).toEqual({
      columns: ['Period', 'Hollingwood Primary (%)', 'City (%)', 'National (%)', 'Target (%)'],
      rows: [
        ['2015/16 Autumn', 5.6, 4.9, 4.4, 4.5],
        ['2015/16 Spring', 5.4, 5, 4.4, 4.5],
        ['2015/16 Summer', 5.2, 5.1, 4.4, 4.5],
        ['2016/17 Autumn', 5, 5.2, 4.4, 4.5],
      ],
    });
  });
});
