// What a reader knows of a pupil group's printed parts (src/disclosure/grouping-bounds.ts), worked
// by hand: sen = sen_support + sen_ehcp, all ≥ sen.
import { describe, expect, it } from 'vitest';
import { groupingRelation } from '../../src/disclosure/grouping-bounds.js';

const figure = (cohort: number, urns = ['s1']) => ({ cohort, urns });

describe('groupingRelation', () => {
  it('a part as large as its whole is the whole: sen_support 14 of sen 14, no sen_ehcp printed', () => {
    expect(groupingRelation(figure(14), [figure(14), undefined])).toBe('sum');
  });

  it('printed parts short of the whole are at most it: sen_support 10 of sen 14, no sen_ehcp printed', () => {
    expect(groupingRelation(figure(14), [figure(10), undefined])).toBe('atMost');
  });

  it('a complete partition whose cohorts add up is a sum: 14 = 10 + 4', () => {
    expect(groupingRelation(figure(14), [figure(10), figure(4)])).toBe('sum');
  });

  it('a subset as large as its whole is the whole: every pupil of 20 is SEN', () => {
    expect(groupingRelation(figure(20), [figure(20)])).toBe('sum');
  });

  it('says nothing with no part printed, or no whole', () => {
    expect(groupingRelation(figure(14), [undefined, undefined])).toBeUndefined();
    expect(groupingRelation(undefined, [figure(14)])).toBeUndefined();
  });

  it("says nothing of an area's part that sums a school its whole does not", () => {
    // The city's sen for a measure sums s1 (14); its sen_support sums s1 (10) and s2 (4), which
    // gave no sen figure for it: 10 + 4 = 14 by chance, not the same pupils.
    expect(groupingRelation(figure(14, ['s1']), [figure(14, ['s1', 's2'])])).toBeUndefined();
  });
});
