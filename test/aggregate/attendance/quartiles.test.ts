// A school's quarter of the city: 1 = lowest absence; cuts by simple-statistics quantile.
import { describe, expect, it } from 'vitest';
import { quartileCuts, quartileOf } from '../../../src/aggregate/attendance/quartile.js';

describe('quartiles', () => {
  it('cuts eight schools at the 25th, 50th and 75th percentiles, interpolating between schools', () => {
    const rates = [4.6, 3.1, 7.2, 3.9, 5.0, 3.4, 5.5, 4.2];
    // Sorted: 3.1 3.4 3.9 4.2 4.6 5.0 5.5 7.2 (n = 8, positions 0–7).
    // 25th: position 7 × 0.25 = 1.75 → 3.4 + 0.75 × (3.9 − 3.4) = 3.775.
    // 50th: position 3.5 → (4.2 + 4.6) / 2 = 4.4. 75th: position 5.25 → 5.0 + 0.25 × 0.5 = 5.125.
    const cuts = quartileCuts(rates)!;
    expect(cuts.lower).toBeCloseTo(3.775, 10);
    expect(cuts.median).toBeCloseTo(4.4, 10);
    expect(cuts.upper).toBeCloseTo(5.125, 10);
    expect(cuts.schools).toBe(8);
    // Two schools in each quarter.
    expect([3.1, 3.4, 3.9, 4.2, 4.6, 5.0, 5.5, 7.2].map((r) => quartileOf(r, cuts))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('puts a rate on a cut in the lower quarter, so equal rates share a quartile', () => {
    // 4.0, 4.3, 4.3, 4.3, 6.0: positions 1, 2, 3 are all 4.3, so every cut is 4.3.
    const cuts = quartileCuts([4.0, 4.3, 4.3, 4.3, 6.0])!;
    expect([cuts.lower, cuts.median, cuts.upper]).toEqual([4.3, 4.3, 4.3]);
    expect([4.0, 4.3, 6.0].map((r) => quartileOf(r, cuts))).toEqual([1, 1, 4]);
  });

  it('compares as shown: 4.36 and 4.44 both show as 4.4, on the median cut, in quartile 2', () => {
    const cuts = quartileCuts([3.1, 3.4, 3.9, 4.2, 4.6, 5.0, 5.5, 7.2])!;
    expect(quartileOf(4.36, cuts)).toBe(2);
    expect(quartileOf(4.44, cuts)).toBe(2);
  });

  it('leaves out schools that did not return, and makes no quarters of fewer than four schools', () => {
    expect(quartileCuts([3.0, undefined, 4.0, 5.0])).toBeUndefined();
    const cuts = quartileCuts([3.0, undefined, 4.0, 5.0, 6.0])!;
    // 3.0 4.0 5.0 6.0: 25th at 0.75 → 3.75; 50th at 1.5 → 4.5; 75th at 2.25 → 5.25.
    expect(cuts.schools).toBe(4);
    expect(cuts.lower).toBeCloseTo(3.75, 10);
    expect(cuts.median).toBeCloseTo(4.5, 10);
    expect(cuts.upper).toBeCloseTo(5.25, 10);
  });
});
