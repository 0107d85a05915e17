// Cell forms solved for the cell offered last (README, Performance): the cells published first stay
// coordinates of their own, so the elimination's rows stay short, and the decision is the one the
// forms solved for each sum's whole give, since both span the same space.
import { describe, expect, it } from 'vitest';
import { cellForms } from '../../../src/disclosure/gauss/cell-forms.js';
import { gaussSecondary } from '../../../src/disclosure/gauss/gauss-secondary.js';
import { sum } from '../table.js';

// A city of two groups of two schools: city = g1 + g2, g1 = a + b, g2 = c + d, and city = a + b + c + d.
const ids = ['city', 'g1', 'g2', 'a', 'b', 'c', 'd'];
const sums = [
  sum('g1', ['a', 'b']),
  sum('g2', ['c', 'd']),
  sum('city', ['g1', 'g2']),
  sum('city', ['a', 'b', 'c', 'd']),
];
const order = new Map(ids.map((id, i) => [id, i]));

describe('cell forms in the order of publication', () => {
  it('keeps the totals offered first as one coordinate each, and solves for the schools offered last', () => {
    const forms = cellForms(ids, sums, order);
    expect([...forms.form('city')]).toEqual([[0, 1]]);
    expect(forms.form('g1').size).toBe(1);
    // d, the school offered last, is what the sums leave dependent: d = city − g1 − c.
    expect(forms.form('d').size).toBe(3);
    // Solved for the whole instead, the city total is the sum of all four schools.
    expect(cellForms(ids, sums).form('city').size).toBe(4);
    expect(forms.offeredAt?.(6)).toBe(6);
  });

  it('hides the same cells as the forms solved for each whole, whichever school is small', () => {
    for (const small of ['a', 'b', 'c', 'd']) {
      const decide = (withOrder: boolean) =>
        gaussSecondary({
          forms: cellForms(ids, sums, withOrder ? order : undefined),
          primary: [small],
          candidates: ids.filter((id) => id !== small),
        }).secondary;
      expect(decide(true)).toEqual(decide(false));
    }
  });
});
