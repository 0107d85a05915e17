// A count is withheld with its cohort (a report prints neither rate nor gap beside a withheld
// cohort), so the elimination protects it as it protects any hidden cell; worked by hand.
import { describe, expect, it } from 'vitest';
import { cellForms } from '../../../src/disclosure/gauss/cell-forms.js';
import { gaussSecondary } from '../../../src/disclosure/gauss/gauss-secondary.js';
import { sum } from '../table.js';

describe('a count beside a withheld cohort', () => {
  // Cohorts: city = A + B, B small. Counts (at most their cohorts): cityN = aN + bN, bN hidden with B.
  const ids = ['city', 'A', 'B', 'cityN', 'aN', 'bN'];
  const constraints = [sum('city', ['A', 'B']), sum('cityN', ['aN', 'bN'])];
  const atMost = new Map([
    ['aN', 'A'],
    ['bN', 'B'],
  ]);

  it("is hidden with its cohort, and protected: a's count goes with A, so cityN − aN cannot give bN", () => {
    // B is small; A goes to protect it (city shown). Then aN is A's count: hidden with A. bN is
    // B's: hidden with B, and were aN shown, cityN − aN would give it, so aN stays hidden.
    const forms = cellForms(ids, constraints);
    const out = gaussSecondary({ forms, primary: ['B'], candidates: ['city', 'cityN', 'A', 'aN', 'bN'], atMost });
    expect(out.secondary).toEqual(['A', 'aN', 'bN']);
    expect(out.protecting.get('aN')).toBe('A');
  });

  it('is shown where what is published already gives it: hiding it would tell nothing', () => {
    // cityN = aN alone (B has no count row): with cityN shown, aN is known whatever is hidden.
    const forms = cellForms(['city', 'A', 'B', 'cityN', 'aN'], [sum('city', ['A', 'B']), sum('cityN', ['aN'])]);
    const out = gaussSecondary({
      forms,
      primary: ['B'],
      candidates: ['city', 'cityN', 'A', 'aN'],
      atMost: new Map([['aN', 'A']]),
    });
    expect(out.secondary).toEqual(['A']);
  });
});
