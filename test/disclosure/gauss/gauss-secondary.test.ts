// Secondary suppression by elimination, on tables small enough to check by hand: after it, no
// hidden cell is a sum or difference of shown ones, however the table's sums are combined.
import { describe, expect, it } from 'vitest';
import { cellForms } from '../../../src/disclosure/gauss/cell-forms.js';
import { gaussSecondary } from '../../../src/disclosure/gauss/gauss-secondary.js';
import { sum } from '../table.js';

describe('gaussSecondary', () => {
  it('hides one more school beside a small one, never the city total offered first', () => {
    // city = a + b + c. a is small; showing city, b and c gives a = city − b − c, so one of b, c goes.
    const forms = cellForms(['city', 'a', 'b', 'c'], [sum('city', ['a', 'b', 'c'])]);
    const out = gaussSecondary({ forms, primary: ['a'], candidates: ['city', 'b', 'c'] });
    expect(out).toMatchObject({ secondary: ['c'], givenAway: [] });
  });

  it('protects a cell that two sums together give away, which neither gives alone', () => {
    // A 2 × 2 table with its margins: r1 = a + b, r2 = c + d, k1 = a + c, k2 = b + d, t = r1 + r2 = k1 + k2.
    // With every margin shown, showing any of b, c or d gives a: a = r1 − b, a = k1 − c,
    // a = k1 − (r2 − d). So all three are hidden, the four inner cells together.
    const ids = ['t', 'r1', 'r2', 'k1', 'k2', 'a', 'b', 'c', 'd'];
    const forms = cellForms(ids, [
      sum('r1', ['a', 'b']),
      sum('r2', ['c', 'd']),
      sum('k1', ['a', 'c']),
      sum('k2', ['b', 'd']),
      sum('t', ['r1', 'r2']),
      sum('t', ['k1', 'k2']),
    ]);
    const out = gaussSecondary({ forms, primary: ['a'], candidates: ['t', 'r1', 'r2', 'k1', 'k2', 'b', 'c', 'd'] });
    expect(out.secondary.sort()).toEqual(['b', 'c', 'd']);
  });

  it('protects what it hides too, so a second hidden cell cannot be worked out either', () => {
    // city = a + b; a small. b must go; then both a and b are hidden, and a + b = city is all a reader has.
    const forms = cellForms(['city', 'a', 'b'], [sum('city', ['a', 'b'])]);
    expect(gaussSecondary({ forms, primary: ['a'], candidates: ['city', 'b'] }).secondary).toEqual(['b']);
  });

  it('hides the total when the small cell is its only part', () => {
    // A sum with one part: whole = a. Showing the whole shows a.
    const forms = cellForms(['whole', 'a'], [sum('whole', ['a'])]);
    expect(gaussSecondary({ forms, primary: ['a'], candidates: ['whole'] }).secondary).toEqual(['whole']);
  });

  it('says which small cells the sums alone give away', () => {
    // x = y and x = y + z: z = 0 whatever is shown, so a small z cannot be protected by hiding.
    const forms = cellForms(['x', 'y', 'z'], [sum('x', ['y']), sum('x', ['y', 'z'])]);
    expect(gaussSecondary({ forms, primary: ['z'], candidates: ['x', 'y'] }).givenAway).toEqual(['z']);
  });

  it('shows a cell that adds nothing to what is known, and a cell of another sum freely', () => {
    // city = a + b + c, group = a + b. a small: c = city − group is known once both totals show;
    // hiding b protects a in both sums; c, already known, is shown.
    const forms = cellForms(
      ['city', 'group', 'a', 'b', 'c', 'other'],
      [sum('city', ['a', 'b', 'c']), sum('group', ['a', 'b'])],
    );
    const out = gaussSecondary({ forms, primary: ['a'], candidates: ['city', 'group', 'c', 'other', 'b'] });
    expect(out.secondary).toEqual(['b']);
  });

  it('hides a cell that would give away a hidden count out of a hidden cohort: the pupils not reaching it', () => {
    // cohort = reached + notReached. Both reached (2) and cohort (3) are small and hidden; showing
    // notReached (1) tells no hidden cell but gives cohort − reached = 1: one pupil missed it.
    const forms = cellForms(['cohort', 'reached', 'notReached'], [sum('cohort', ['reached', 'notReached'])]);
    const atMost = new Map([['reached', 'cohort']]);
    const out = gaussSecondary({ forms, primary: ['reached', 'cohort'], candidates: ['notReached'], atMost });
    expect(out.secondary).toEqual(['notReached']);
    // Without the cohort it names, the count's complement is not looked after, and notReached shows.
    expect(gaussSecondary({ forms, primary: ['reached', 'cohort'], candidates: ['notReached'] }).secondary).toEqual([]);
  });

  it('keeps a hidden total at 0 from being told, which would pin its hidden parts at 0 with it', () => {
    // group = a + b, every one 0 and the parts hidden. A reader knows a, b ≥ 0; told group = 0, both
    // are 0, so group is hidden; other = group + c, with c shown, would tell group: hidden too.
    const forms = cellForms(
      ['group', 'a', 'b', 'c', 'other'],
      [sum('group', ['a', 'b']), sum('other', ['group', 'c'])],
    );
    const zero = (id: string) => ({ form: forms.form(id), cell: id, pins: [] });
    const out = gaussSecondary({
      forms,
      primary: ['a', 'b'],
      candidates: ['c', 'other'],
      known: [zero('a'), zero('b'), { ...zero('group'), pins: ['a', 'b'] }],
    });
    expect(out.secondary).toEqual(['group', 'other']);
  });
});
