// Progress against an absence target (lower is better): each rating, colour and reason.
import { describe, expect, it } from 'vitest';
import { termIndex, periodAt } from '../../../src/aggregate/attendance/period.js';
import { targetProgress, TARGET_RULES } from '../../../src/aggregate/attendance/target.js';
import { schoolTrend } from '../../../src/aggregate/attendance/trend.js';
import type { Period } from '../../../src/aggregate/attendance/types.js';

/** A trend from six termly rates ending at `asOf`. */
function trendTo(asOf: Period, rates: number[]) {
  const end = termIndex(asOf);
  return schoolTrend(
    rates.map((rate, i) => ({ period: periodAt(end - rates.length + 1 + i), rate })),
    asOf,
  );
}
const autumn1516: Period = { academicYear: '2015/16', term: 'Autumn' };
const summer1516: Period = { academicYear: '2015/16', term: 'Summer' };
// Falling 0.2 a term, 4.8 at Autumn 2015/16: Spring 4.6, Summer 4.4, then 4.2, 4.0, 3.8 in 2016/17.
const falling = trendTo(autumn1516, [5.8, 5.6, 5.4, 5.2, 5.0, 4.8]);
const flat = trendTo(autumn1516, [5.0, 5.1, 4.9, 5.0, 5.1, 5.0]);
const rising = trendTo(autumn1516, [4.0, 4.3, 4.1, 4.6, 4.5, 4.9]); // slope +0.16, R² 0.8

describe('targetProgress', () => {
  it('Achieved (dark green): the whole year at 4.3% against a target of 4.5%', () => {
    const r = targetProgress({
      target: 4.5,
      academicYear: '2015/16',
      soFar: { rate: 4.3, throughTerm: 'Summer' },
      trend: flat,
    });
    expect(r).toEqual({
      rating: 'Achieved',
      colour: 'dark green',
      reason: '4.3% for the year against a target of 4.5%.',
    });
  });

  it('Achieved when the year shows as exactly the target: 4.54% is shown as 4.5%', () => {
    const r = targetProgress({
      target: 4.5,
      academicYear: '2015/16',
      soFar: { rate: 4.54, throughTerm: 'Summer' },
      trend: flat,
    });
    expect(r.rating).toBe('Achieved');
    expect(r.reason).toBe('4.5% for the year against a target of 4.5%.');
  });

  it('On track (light green): 4.4% so far, to Spring, against 4.5%', () => {
    const r = targetProgress({
      target: 4.5,
      academicYear: '2015/16',
      soFar: { rate: 4.4, throughTerm: 'Spring' },
      trend: flat,
    });
    expect(r).toEqual({ rating: 'On track', colour: 'light green', reason: '4.4% so far against a target of 4.5%.' });
  });

  it('On track: 4.6% so far but falling 0.2 a term reaches 4.5% by Summer 2015/16 (4.4%)', () => {
    // From 4.8 at Autumn: Spring 4.6 (above 4.5), Summer 4.4 (at or below): due Summer 2015/16.
    const r = targetProgress({
      target: 4.5,
      academicYear: '2015/16',
      soFar: { rate: 4.6, throughTerm: 'Autumn' },
      trend: falling,
    });
    expect(r).toEqual({
      rating: 'On track',
      colour: 'light green',
      reason: '4.6% so far against a target of 4.5%; falling 0.2 points a term, due by Summer 2015/16.',
      due: summer1516,
    });
  });

  it('Will be achieved but late (amber): a target of 4.0% is reached in Spring 2016/17', () => {
    // 4.6, 4.4 (Summer 2015/16), 4.2 (Autumn 2016/17), 4.0 (Spring 2016/17): after the year, within the next.
    const r = targetProgress({
      target: 4.0,
      academicYear: '2015/16',
      soFar: { rate: 4.6, throughTerm: 'Autumn' },
      trend: falling,
    });
    expect(r.rating).toBe('Will be achieved but late');
    expect(r.colour).toBe('amber');
    expect(r.reason).toBe('4.6% so far against a target of 4.0%; falling 0.2 points a term, due by Spring 2016/17.');
    expect(r.due).toEqual({ academicYear: '2016/17', term: 'Spring' });
  });

  it('Will be achieved but late: a year missed cannot be on track, even if its last term was under target', () => {
    // 4.7% for the year against 4.5%. The line is at 4.4 by Summer 2015/16 (5.4 … 4.4, −0.2 a term),
    // but the year is over: the next chance is Autumn 2016/17 (4.2).
    const trend = trendTo(summer1516, [5.4, 5.2, 5.0, 4.8, 4.6, 4.4]);
    const r = targetProgress({
      target: 4.5,
      academicYear: '2015/16',
      soFar: { rate: 4.7, throughTerm: 'Summer' },
      trend,
    });
    expect(r.rating).toBe('Will be achieved but late');
    expect(r.reason).toBe(
      '4.7% for the year against a target of 4.5%; falling 0.2 points a term, due by Autumn 2016/17.',
    );
  });

  it('Not likely to be achieved (red): above target and static', () => {
    const r = targetProgress({
      target: 4.5,
      academicYear: '2015/16',
      soFar: { rate: 5.0, throughTerm: 'Autumn' },
      trend: flat,
    });
    expect(r).toEqual({
      rating: 'Not likely to be achieved',
      colour: 'red',
      reason: '5.0% so far against a target of 4.5%; static over six terms.',
    });
  });

  it('Not likely to be achieved: above target and rising', () => {
    const r = targetProgress({
      target: 4.5,
      academicYear: '2015/16',
      soFar: { rate: 4.9, throughTerm: 'Autumn' },
      trend: rising,
    });
    expect(r.rating).toBe('Not likely to be achieved');
    expect(r.reason).toBe('4.9% so far against a target of 4.5%; rising 0.2 points a term.');
  });

  it('Not likely to be achieved: falling, but too slowly to reach 3.0% by Summer 2016/17 (3.8%)', () => {
    // 4.8 − 5 × 0.2 = 3.8 at Summer 2016/17, still above 3.0.
    const r = targetProgress({
      target: 3.0,
      academicYear: '2015/16',
      soFar: { rate: 4.6, throughTerm: 'Autumn' },
      trend: falling,
    });
    expect(r.rating).toBe('Not likely to be achieved');
    expect(r.reason).toBe(
      '4.6% so far against a target of 3.0%; falling 0.2 points a term, not due by Summer 2016/17.',
    );
  });

  it('Not likely to be achieved: no figure and too few terms for a trend', () => {
    const trend = trendTo(autumn1516, [5.0, 4.0]);
    const r = targetProgress({ target: 4.5, academicYear: '2015/16', trend });
    expect(r.reason).toBe(
      'No year-to-date figure against a target of 4.5%; too few terms for a trend (two terms returned).',
    );
    expect(r.rating).toBe('Not likely to be achieved');
  });

  it('exports the rule text for the README', () => {
    expect(TARGET_RULES).toHaveLength(5);
  });
});
