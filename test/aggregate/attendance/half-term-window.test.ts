// Issue 14, item 2: which returns make a half-term window, how many half terms it covers (what a
// national figure compared with it must cover), and the command line's --half-term, refused with
// --published since half-term tables are not in the publication whose suppression is decided.
import { describe, expect, it } from 'vitest';
import { endsItsTerm, halfTermsCovered, windowParts } from '../../../src/aggregate/attendance/half-terms.js';
import { periodFlags, refusePublishedHalfTerm } from '../../../src/cli/period-flags.js';
import { catalogue } from '../../../src/domain/catalogue.js';
import { cliText } from '../../../src/messages/cli-text.js';

const halves = catalogue().halfTerms;

describe('a window of half terms', () => {
  it('is one half term alone, never its term', () => {
    expect(windowParts({ term: 'Spring', halfTerm: 'Spring 1', yearToDate: false }, halves)).toEqual([
      { halfTerm: 'Spring 1' },
    ]);
  });

  it('to a first half: the terms before, then that half; five half terms to Summer 1', () => {
    const parts = windowParts({ term: 'Summer', halfTerm: 'Summer 1', yearToDate: true }, halves);
    expect(parts).toEqual([{ term: 'Autumn' }, { term: 'Spring' }, { halfTerm: 'Summer 1' }]);
    expect(halfTermsCovered(parts, halves)).toBe(5);
  });

  it("to a term's last half: the whole term, the same sessions as the year to date to the term", () => {
    const toHalf = windowParts({ term: 'Spring', halfTerm: 'Spring 2', yearToDate: true }, halves);
    expect(toHalf).toEqual(windowParts({ term: 'Spring', yearToDate: true }, halves));
    expect(halfTermsCovered(windowParts({ term: 'Summer', yearToDate: true }, halves), halves)).toBe(6);
    expect([endsItsTerm('Summer 2', halves), endsItsTerm('Summer 1', halves)]).toEqual([true, false]);
  });
});

describe('--half-term', () => {
  it('takes 1 to 6 as the DfE counts them, or a spelling of the catalogue', () => {
    expect(periodFlags(undefined, '3')).toEqual({ term: 'Spring', halfTerm: 'Spring 1' });
    expect(periodFlags(undefined, 'Sum 2')).toEqual({ term: 'Summer', halfTerm: 'Summer 2' });
    expect(periodFlags('Autumn', undefined)).toEqual({ term: 'Autumn' });
  });

  it('refuses a number out of range, both flags or neither, and publication, in one line each', () => {
    expect(() => periodFlags(undefined, '7')).toThrow(cliText['flag.half-term']('7', 6));
    expect(() => periodFlags('Spring', '3')).toThrow(cliText['flag.term-or-half-term']);
    expect(() => periodFlags(undefined, undefined)).toThrow(cliText['flag.term-or-half-term']);
    expect(() => refusePublishedHalfTerm('Spring 1', true)).toThrow(cliText['flag.half-term-published']('Spring 1'));
    expect(() => refusePublishedHalfTerm('Spring 1', false, 'ees')).toThrow(/not published/);
    expect(() => refusePublishedHalfTerm(undefined, true)).not.toThrow();
  });
});
