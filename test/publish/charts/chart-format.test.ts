import { describe, expect, it } from 'vitest';
import { round1, signedPoints, symmetricExtent, uniqueLabels } from '../../../src/publish/charts/chart-format.js';
import { dejaVuWidth, vegaTextWidth } from '../../../src/publish/charts/text-metrics.js';

describe('chart formatting helpers', () => {
  it('round1 rounds to one place, never gives -0, and maps missing to null', () => {
    expect([round1(3.85), round1(-0.04), round1(undefined), round1(Number.NaN)]).toEqual([3.9, 0, null, null]);
  });

  it('signedPoints writes a sign and a true minus', () => {
    expect([signedPoints(2.3), signedPoints(-22.2), signedPoints(0)]).toEqual(['+2.3', '\u221222.2', '0.0']);
  });

  it('uniqueLabels keeps repeated names apart, even against an existing "(2)"', () => {
    expect(uniqueLabels(['A', 'A', 'A (2)', 'B'])).toEqual(['A', 'A (2)', 'A (2) (2)', 'B']);
  });

  it('symmetricExtent leaves room for labels and is a multiple of 5', () => {
    expect([symmetricExtent([]), symmetricExtent([null, 2]), symmetricExtent([-22.2, 3])]).toEqual([5, 5, 30]);
  });
});

describe('text metrics for Vega', () => {
  it('measures DejaVu Sans, much narrower than Vega\u2019s 0.8 em guess', () => {
    const text = 'St Mary\u2019s Catholic Primary School';
    const guess = 0.8 * text.length * 12;
    expect(dejaVuWidth(text, 12)).toBeGreaterThan(guess * 0.6);
    expect(dejaVuWidth(text, 12)).toBeLessThan(guess * 0.85);
    expect(dejaVuWidth('Abc', 12, true)).toBeGreaterThan(dejaVuWidth('Abc', 12));
  });

  it('caps a line at the item limit, where Vega will truncate it', () => {
    expect(vegaTextWidth({ fontSize: 12, limit: 50 }, 'a very long school name indeed')).toBe(50);
    expect(vegaTextWidth({}, 'i')).toBeCloseTo(0.278 * 11);
  });
});
