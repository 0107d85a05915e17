// The trend looks at the six terms to the report's term; a missing term keeps its place.
import { describe, expect, it } from 'vitest';
import { projectedRate, schoolTrend } from '../../../src/aggregate/attendance/trend.js';
import { periodAt, termIndex } from '../../../src/aggregate/attendance/period.js';

const p = (academicYear: string, term: 'Autumn' | 'Spring' | 'Summer') => ({ academicYear, term });

describe('schoolTrend window', () => {
  it('counts terms across years: 2013/14 Autumn to 2014/15 Autumn is 3 terms', () => {
    expect(termIndex(p('2014/15', 'Autumn')) - termIndex(p('2013/14', 'Autumn'))).toBe(3);
    expect(termIndex(p('2013/14', 'Summer')) - termIndex(p('2013/14', 'Spring'))).toBe(1);
    expect(periodAt(termIndex(p('2015/16', 'Spring')))).toEqual(p('2015/16', 'Spring'));
  });

  it('keeps a gap: rates 6.0, 5.6, 5.2, 5.0 at terms 0, 2, 4, 5 lie on a line falling 0.2 a term', () => {
    // y = 6.0 − 0.2x at x = 0, 2, 4, 5. Closing the gaps (x = 0, 1, 2, 3) would give −0.33 a term.
    const t = schoolTrend(
      [
        { period: p('2013/14', 'Autumn'), rate: 6.0 },
        { period: p('2013/14', 'Summer'), rate: 5.6 },
        { period: p('2014/15', 'Spring'), rate: 5.2 },
        { period: p('2014/15', 'Summer'), rate: 5.0 },
      ],
      p('2014/15', 'Summer'),
    );
    expect(t.terms).toBe(4);
    expect(t.slope).toBeCloseTo(-0.2, 10);
    expect(t.classification).toBe('improving');
  });

  it('ignores terms before the six to the report’s term, and after it', () => {
    // 2012/13 Spring and Summer at 9.0 fall outside the window 2013/14 Autumn – 2014/15 Summer;
    // 2015/16 Autumn is after it. Inside: 4.4, 4.8, 4.3, 4.6, 4.4, 4.5, static.
    const inside = [4.4, 4.8, 4.3, 4.6, 4.4, 4.5].map((rate, i) => ({
      period: periodAt(termIndex(p('2013/14', 'Autumn')) + i),
      rate,
    }));
    const t = schoolTrend(
      [
        { period: p('2012/13', 'Spring'), rate: 9.0 },
        { period: p('2012/13', 'Summer'), rate: 9.0 },
        ...inside,
        { period: p('2015/16', 'Autumn'), rate: 1.0 },
      ],
      p('2014/15', 'Summer'),
    );
    expect(t.from).toEqual(p('2013/14', 'Autumn'));
    expect(t.terms).toBe(6);
    expect(t.classification).toBe('static');
  });

  it('projects the line forward: 5.0 at Summer 2014/15 falling 0.2 a term is 4.4 by Summer 2015/16', () => {
    const t = schoolTrend(
      [6.0, 5.8, 5.6, 5.4, 5.2, 5.0].map((rate, i) => ({
        period: periodAt(termIndex(p('2013/14', 'Autumn')) + i),
        rate,
      })),
      p('2014/15', 'Summer'),
    );
    // Three terms on: 5.0 − 3 × 0.2 = 4.4.
    expect(projectedRate(t, p('2015/16', 'Summer'))).toBeCloseTo(4.4, 10);
  });
});
