// The gap to national: the figure as shown (rates 1 dp, means 2 dp) minus the national figure for
// the report's year or, failing that, the latest earlier year.
import { describe, expect, it } from 'vitest';
import type { AreaFigure } from '../../../src/aggregate/predictions/aggregate-predictions.js';
import {
  attachGaps,
  decimalsFor,
  roundTo,
  type NationalFigure,
} from '../../../src/aggregate/predictions/gap-to-national.js';

const disadvantage = { group: 'disadv', nationalComparator: 'nondisadv' };

type Kind = AreaFigure['kind'];
function area(pupilGroup: string, value: number, kind: Kind = 'threshold', measure = 'ks2_rwm_l4'): AreaFigure {
  return {
    level: 'city',
    areaCode: '874',
    areaName: 'Kingsmere',
    pupilGroup,
    measure,
    kind,
    cohort: 60,
    value,
    urns: ['100001'],
  };
}

const national = (academicYear: string, pupilGroup: string, value: number, measure = 'ks2_rwm_l4'): NationalFigure => ({
  academicYear,
  measure,
  pupilGroup,
  value,
});

describe('decimalsFor and roundTo', () => {
  it('shows rates to one decimal and means to two', () => {
    expect(decimalsFor('threshold')).toBe(1);
    expect(decimalsFor('mean')).toBe(2);
  });

  it('rounds a half up', () => {
    // 6.25 → 6.3; 12.5 → 13 at 0 dp; 0.125 → 0.13; 87.5% (7 of 8) → 88 at 0 dp.
    expect(roundTo(6.25, 1)).toBe(6.3);
    expect(roundTo(12.5, 0)).toBe(13);
    expect(roundTo(0.125, 2)).toBe(0.13);
    expect(roundTo((7 / 8) * 100, 0)).toBe(88);
  });

  it('rounds a .x5 stored just below the half up: 0.15 → 0.2, 2.45 → 2.5, 4.35 → 4.4', () => {
    // 0.15 and 4.35 are stored as 0.1499… and 4.3499…; 2.45 as 2.4500…02.
    expect(roundTo(0.15, 1)).toBe(0.2);
    expect(roundTo(2.45, 1)).toBe(2.5);
    expect(roundTo(4.35, 1)).toBe(4.4);
  });

  it('rounds an exact half of the counts up, however the division came out: 23 of 80 is 28.75%, shown 28.8', () => {
    // 23 / 80 × 100 = 28.75 exactly in the counts; 41 / 80 = 51.25 → 51.3; 51 / 80 = 63.75 → 63.8.
    expect(roundTo((23 / 80) * 100, 1)).toBe(28.8);
    expect(roundTo((41 / 80) * 100, 1)).toBe(51.3);
    expect(roundTo((51 / 80) * 100, 1)).toBe(63.8);
    // Means to two places: 1.005 → 1.01, 0.285 → 0.29.
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.285, 2)).toBe(0.29);
  });

  it('rounds a negative half away from zero, as the attendance figures do: -0.125 → -0.13, -2.45 → -2.5', () => {
    expect(roundTo(-0.125, 2)).toBe(-0.13);
    expect(roundTo(-2.45, 1)).toBe(-2.5);
  });

  it('rounds below and above the half to the nearer', () => {
    expect(roundTo(56.6499, 1)).toBe(56.6);
    expect(roundTo(56.6501, 1)).toBe(56.7);
    expect(roundTo(-0.0349, 2)).toBe(-0.03);
  });
});

describe('attachGaps', () => {
  it('takes the gap from the rate as shown, to one decimal', () => {
    // 34 / 60 × 100 = 56.666…% is shown 56.7; 56.7 − 53.0 = 3.7 points.
    const [f] = attachGaps([area('all', 170 / 3)], [national('2014/15', 'all', 53)], '2014/15', disadvantage);
    expect(f!.toNational).toEqual({ national: national('2014/15', 'all', 53), gap: 3.7 });
  });

  it('subtracts from the rate as shown, not the unrounded rate', () => {
    // 56.66% is shown 56.7: 56.7 − 53.04 = 3.66 → 3.7, where 56.66 − 53.04 = 3.62 would give 3.6.
    const [f] = attachGaps([area('all', 56.66)], [national('2014/15', 'all', 53.04)], '2014/15', disadvantage);
    expect(f!.toNational!.gap).toBe(3.7);
  });

  it("takes a mean measure's gap from the mean as shown, to two decimals", () => {
    // 0.4567 is shown 0.46; 0.46 − 0.1 = 0.36 (to one decimal it would be 0.5 − 0.1 = 0.4).
    const nationals = [national('2014/15', 'all', 0.1, 'ks4_p8')];
    const [f] = attachGaps([area('all', 0.4567, 'mean', 'ks4_p8')], nationals, '2014/15', disadvantage);
    expect(f!.toNational!.gap).toBe(0.36);
  });

  it('rounds the gap, not only the rate: 60.3 − 59.1 is 1.2', () => {
    // 60.3 − 59.1 is 1.1999… in floating point; the gap is 1.2. Below national: 50.0 − 59.1 = −9.1.
    const nationals = [national('2014/15', 'all', 59.1)];
    const [above, below] = attachGaps([area('all', 60.3), area('all', 50)], nationals, '2014/15', disadvantage);
    expect(above!.toNational!.gap).toBe(1.2);
    expect(below!.toNational!.gap).toBe(-9.1);
  });

  it("uses the report's own year when it has a national figure", () => {
    const nationals = [national('2013/14', 'all', 50), national('2014/15', 'all', 52), national('2015/16', 'all', 70)];
    const [f] = attachGaps([area('all', 60)], nationals, '2014/15', disadvantage);
    // 60.0 − 52.0 = 8.
    expect(f!.toNational).toEqual({ national: national('2014/15', 'all', 52), gap: 8 });
  });

  it('falls back to the latest earlier year, never a later one', () => {
    // 2014/15 has none: 2013/14 (50) beats 2012/13 (48); 2015/16 (70) is later. 60.0 − 50.0 = 10.
    const nationals = [national('2012/13', 'all', 48), national('2015/16', 'all', 70), national('2013/14', 'all', 50)];
    const [f] = attachGaps([area('all', 60)], nationals, '2014/15', disadvantage);
    expect(f!.toNational).toEqual({ national: national('2013/14', 'all', 50), gap: 10 });
  });

  it('gives no gap when the only national figure is for a later year', () => {
    const [f] = attachGaps([area('all', 60)], [national('2015/16', 'all', 70)], '2014/15', disadvantage);
    expect(f).not.toHaveProperty('toNational');
  });

  it('gives no gap without a national figure for the measure and group', () => {
    const nationals = [national('2014/15', 'boys', 55), national('2014/15', 'all', 55, 'ks2_read_l4')];
    const [f] = attachGaps([area('all', 60)], nationals, '2014/15', disadvantage);
    expect(f).not.toHaveProperty('toNational');
    expect(f).toMatchObject(area('all', 60));
  });

  it('compares disadvantaged pupils with disadvantaged and with other pupils nationally', () => {
    // 45.0 − 40.0 = 5.0 to disadvantaged; 45.0 − 60.0 = −15.0 to other pupils (not to all, 55.0).
    const nationals = [
      national('2014/15', 'disadv', 40),
      national('2014/15', 'nondisadv', 60),
      national('2014/15', 'all', 55),
    ];
    const figures = [area('disadv', 45), area('nondisadv', 70), area('all', 55)];
    const [disadv, other, all] = attachGaps(figures, nationals, '2014/15', disadvantage);
    expect(disadv!.toNational).toEqual({ national: national('2014/15', 'disadv', 40), gap: 5 });
    expect(disadv!.toNationalOther).toEqual({ national: national('2014/15', 'nondisadv', 60), gap: -15 });
    // Other pupils and all pupils get no second comparison: 70.0 − 60.0 = 10; 55.0 − 55.0 = 0.
    expect(other!.toNational!.gap).toBe(10);
    expect(other).not.toHaveProperty('toNationalOther');
    expect(all!.toNational!.gap).toBe(0);
    expect(all).not.toHaveProperty('toNationalOther');
  });

  it('names the comparator from its argument and falls back a year for it too', () => {
    // Group 'fsm' against 'nonfsm': 2014/15 has none, 2013/14 has 62.0. 41.0 − 62.0 = −21.
    const nationals = [national('2013/14', 'nonfsm', 62), national('2014/15', 'nondisadv', 60)];
    const [f] = attachGaps([area('fsm', 41)], nationals, '2014/15', { group: 'fsm', nationalComparator: 'nonfsm' });
    expect(f!.toNationalOther).toEqual({ national: national('2013/14', 'nonfsm', 62), gap: -21 });
    expect(f).not.toHaveProperty('toNational');
  });
});
