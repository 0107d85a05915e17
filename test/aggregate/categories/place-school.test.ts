// A school placed by ordered rules, worked by hand: the first rule whose every condition holds, a
// figure the school lacks named rather than passed over, and the nearest threshold either way.
import { describe, expect, it } from 'vitest';
import type { CategoryCondition, CategoryRule } from '../../../schemas/categories.schema.js';
import { placeSchool, type Figures } from '../../../src/aggregate/categories/place-school.js';
import { wholeMonths } from '../../../src/aggregate/categories/school-figures.js';

const predicted = (t: Partial<Record<'below' | 'atMost' | 'above' | 'atLeast', number>>): CategoryCondition => ({
  figure: 'predicted',
  measures: ['ks2_rwm_l4'],
  pupilGroup: 'all',
  ...t,
});
const pa = (t: Partial<Record<'below' | 'atMost' | 'above' | 'atLeast', number>>): CategoryCondition => ({
  figure: 'attendance',
  rate: 'persistent_absence_rate',
  pupilGroup: 'all',
  ...t,
});
const judged = (...oneOf: ('Outstanding' | 'Good' | 'Requires improvement' | 'Inadequate')[]): CategoryCondition => ({
  figure: 'ofsted-judgement',
  oneOf,
});
const rule = (id: string, category: string, ...when: CategoryCondition[]): CategoryRule => ({
  id,
  category,
  because: id,
  when,
});

const RULES = [
  rule('inadequate', '5', judged('Inadequate')),
  rule('ri-and-low', '4', judged('Requires improvement'), predicted({ below: 60 })),
  rule('below-floor', '3', predicted({ below: 65 })),
  rule('absence', '3', pa({ above: 15 })),
  rule('high', '1', judged('Outstanding'), predicted({ atLeast: 85 })),
  rule('otherwise', '2'),
];
const ORDER = ['1', '2', '3', '4', '5'];

/** A school's figures: predicted RWM L4+ (all), persistent absence (all), the latest judgement. */
function school(f: { predicted?: number; pa?: number; judgement?: string }): Figures {
  return (c) => {
    if (c.figure === 'predicted' && f.predicted !== undefined)
      return { key: 'predicted', value: f.predicted, step: 0.1, measure: 'ks2_rwm_l4' };
    if (c.figure === 'attendance' && f.pa !== undefined) return { key: 'pa', value: f.pa, step: 0.1 };
    if (c.figure === 'ofsted-judgement' && f.judgement !== undefined)
      return { key: 'judgement', value: f.judgement, step: 1 };
    return undefined;
  };
}

describe('placing a school by ordered rules', () => {
  it('takes the first rule whose every condition holds', () => {
    // 62.0 is below 65 but not below 60, so RI with 62.0 passes ri-and-low and meets below-floor.
    const p = placeSchool(RULES, school({ predicted: 62, pa: 8, judgement: 'Requires improvement' }), ORDER);
    expect(p).toMatchObject({ placed: true, category: '3', rule: { id: 'below-floor' } });
  });

  it('says which figure is missing rather than placing the school by a later rule', () => {
    // Good passes the two judgement rules; 70.0 passes below-floor; absence has no figure.
    const p = placeSchool(RULES, school({ predicted: 70, judgement: 'Good' }), ORDER);
    expect(p.placed).toBe(false);
    expect(p).toMatchObject({ rule: { id: 'absence' }, missing: [pa({ above: 15 })] });
  });

  it('passes over a rule whose missing figure cannot matter, one of its conditions failing', () => {
    // No judgement: inadequate cannot be decided, so the school is not placed...
    expect(placeSchool(RULES, school({ predicted: 62, pa: 8 }), ORDER)).toMatchObject({
      placed: false,
      rule: { id: 'inadequate' },
    });
    // ...but without a predicted figure a Good school passes ri-and-low (not RI) and stops at below-floor.
    expect(placeSchool(RULES, school({ pa: 8, judgement: 'Good' }), ORDER)).toMatchObject({
      placed: false,
      rule: { id: 'below-floor' },
    });
  });

  it('names the nearest threshold to a better and to a worse category', () => {
    // At 62.0 (RI): up to 65.0 it leaves below-floor for otherwise, 2 (3.0 away); down to 59.9 it
    // meets ri-and-low, 4 (2.1 away). Absence above 15 would keep it in 3: not a move.
    const p = placeSchool(RULES, school({ predicted: 62, pa: 8, judgement: 'Requires improvement' }), ORDER);
    expect(p.placed && p.moves.map((m) => [m.category, m.rule, m.to])).toEqual([
      ['2', 'otherwise', 65],
      ['4', 'ri-and-low', 59.9],
    ]);
  });

  it('crosses a strict threshold by one step as shown and an inclusive one at the threshold', () => {
    // Outstanding at 84.9: at 85.0 (at least 85) it is 1. At 70.0 and PA 14.2: above 15 is 15.1, to 3.
    const up = placeSchool(RULES, school({ predicted: 84.9, pa: 14.2, judgement: 'Outstanding' }), ORDER);
    expect(up.placed && up.moves.map((m) => [m.category, m.to])).toEqual([
      ['1', 85],
      ['3', 15.1],
    ]);
  });
});

describe('months since an inspection', () => {
  it('counts whole months, a month complete on the same day of the month', () => {
    expect(wholeMonths('2012-02-02', '2015-08-31')).toBe(42);
    expect(wholeMonths('2013-03-31', '2015-08-31')).toBe(29);
    expect(wholeMonths('2013-09-01', '2015-08-31')).toBe(23);
  });
});
