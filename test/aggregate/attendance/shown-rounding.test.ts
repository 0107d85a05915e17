// Rounding as shown: half away from zero, after removing floating-point noise.
import { describe, expect, it } from 'vitest';
import { formatShown, roundToShown } from '../../../src/aggregate/attendance/shown.js';

describe('roundToShown', () => {
  it('rounds halves away from zero at one decimal place', () => {
    expect(roundToShown(4.35)).toBe(4.4); // 4.35 is stored as 4.3499999…; still shown 4.4
    expect(roundToShown(4.349)).toBe(4.3);
    expect(roundToShown(-0.25)).toBe(-0.3);
    expect(roundToShown(-0.04)).toBe(0);
  });

  it('rounds a rate of exactly 4.35% (435 of 10,000 sessions) up, however the division came out', () => {
    expect(roundToShown((435 / 10_000) * 100)).toBe(4.4);
    expect(roundToShown(435 / 100)).toBe(4.4);
  });

  it('formats with the shown decimals', () => {
    expect(formatShown(2)).toBe('2.0');
    expect(formatShown(14.249)).toBe('14.2');
    expect(formatShown(1.005, 2)).toBe('1.01');
  });
});
