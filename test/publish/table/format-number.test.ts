import { describe, expect, it } from 'vitest';
import { percent, signedPoints } from '../../../src/publish/charts/chart-format.js';
import { showChartCell, showRate, showValue } from '../../../src/publish/html/number-format.js';
import { formatCell, formatNumber } from '../../../src/publish/table/format-number.js';
import { text, type Column } from '../../../src/publish/table/published-table.js';

describe('the one number formatter', () => {
  it('formats a gap with a sign and one decimal', () => {
    // 76.0 − 80 = −4.0; 83.6 − 80 = +3.6; 80 − 80 = 0.0, with no sign of its own.
    expect([-4, 3.6, 0].map((v) => formatNumber(v, { decimals: 1, signed: true }))).toEqual(['-4.0', '+3.6', '0.0']);
  });

  it('writes a rate to one place, a mean to two and a count whole', () => {
    // 139 / 183 = 75.956…% → 76.0; a mean of 103.456 → 103.46; 183 pupils → 183.
    expect(formatNumber((139 / 183) * 100, { decimals: 1 })).toBe('76.0');
    expect(formatNumber(103.456, { decimals: 2 })).toBe('103.46');
    expect(formatNumber(183, { decimals: 0 })).toBe('183');
  });

  it('writes a number as it is when no places are asked for', () => {
    expect([80, 77.9, -2.1].map((v) => formatNumber(v))).toEqual(['80', '77.9', '-2.1']);
  });

  it('writes a symbol as it is, nothing as blank, and a number that is not finite as x', () => {
    expect(['c', 'x', 'z', 'low', 'u'].map((s) => formatNumber(s, { decimals: 1, signed: true }))).toEqual([
      'c',
      'x',
      'z',
      'low',
      'u',
    ]);
    expect([formatNumber(null), formatNumber(undefined)]).toEqual(['', '']);
    expect([formatNumber(Number.NaN, { decimals: 1 }), formatNumber(Infinity)]).toEqual(['x', 'x']);
  });

  it('signs a figure by its value before rounding, with a hyphen-minus', () => {
    // −0.04 rounds to 0.0 but is below zero; +0.04 is above.
    expect(formatNumber(-0.04, { decimals: 1, signed: true })).toBe('-0.0');
    expect(formatNumber(0.04, { decimals: 1, signed: true })).toBe('+0.0');
  });

  it("writes a chart label's minus as a true minus, and nothing else differs", () => {
    expect(formatNumber(-22.2, { decimals: 1, signed: true, minus: '\u2212' })).toBe('\u221222.2');
    expect([signedPoints(-22.2), signedPoints(2.3), signedPoints(0), percent(4.2)]).toEqual([
      '\u221222.2',
      '+2.3',
      '0.0',
      '4.2%',
    ]);
  });

  it('is what showValue, showRate and showChartCell write', () => {
    expect([showValue(-2.14, { signed: true }), showValue(103.456, { decimals: 2 }), showValue('c')]).toEqual([
      '-2.1',
      '103.46',
      'c',
    ]);
    expect([showRate(4.6), showRate(0.9, true), showRate(undefined), showRate('x')]).toEqual(['4.6', '+0.9', '', 'x']);
    expect([
      showChartCell(-4, 'Gap to national (percentage points)'),
      showChartCell(76, 'Rate %'),
      showChartCell(183, 'Cohort'),
      showChartCell(null, 'Rate %'),
    ]).toEqual(['-4.0', '76.0', '183', 'x']);
  });

  it("formats a cell for its column, a row's places over the column's", () => {
    const gap: Column = { code: 'gap', heading: 'Gap', kind: 'gap', decimals: 1, signed: true };
    expect(formatCell(1.5, gap)).toBe('+1.5');
    expect(formatCell(1.5, gap, { cells: [], decimals: 2 })).toBe('+1.50');
    expect(formatCell(text('c'), { code: 'name', heading: 'School', kind: 'text' })).toBe('c');
  });
});
