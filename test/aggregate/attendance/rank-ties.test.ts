// Competition ranking on the values as shown: ties share a rank (1, 2, 2, 4).
import { describe, expect, it } from 'vitest';
import { rankSchools, type Ranking } from '../../../src/aggregate/attendance/rank.js';

const school = (urn: string, rate: number | undefined) => ({ urn, rate });
const ranks = (r: Ranking<{ urn: string; rate: number | undefined }>) => r.ranked.map((e) => [e.item.urn, e.rank]);

describe('rankSchools, ties', () => {
  it('rank 1 = lowest absence; tied schools share a rank and the next skips: 1, 2, 2, 4', () => {
    const r = rankSchools(
      [school('D', 5.0), school('B', 4.3), school('A', 4.1), school('C', 4.3)],
      (s) => s.rate,
      'lowest first',
    );
    expect(r.direction).toBe('lowest first');
    expect(ranks(r)).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 4],
    ]);
  });

  it('compares at one decimal place: 4.26 and 4.34 both show as 4.3 and share a rank; 4.35 shows as 4.4', () => {
    const r = rankSchools(
      [school('A', 4.26), school('B', 4.34), school('C', 4.35), school('D', 4.1)],
      (s) => s.rate,
      'lowest first',
    );
    expect(ranks(r)).toEqual([
      ['D', 1],
      ['A', 2],
      ['B', 2],
      ['C', 4],
    ]);
    expect(r.ranked.map((e) => e.shown)).toEqual([4.1, 4.3, 4.3, 4.4]);
    expect(r.ranked[1]!.value).toBe(4.26);
  });

  it('rank 1 = highest when asked: 5.0 first, then 4.3, 4.3, then 4.1 fourth', () => {
    const r = rankSchools(
      [school('A', 4.1), school('B', 4.3), school('C', 4.3), school('D', 5.0)],
      (s) => s.rate,
      'highest first',
    );
    expect(ranks(r)).toEqual([
      ['D', 1],
      ['B', 2],
      ['C', 2],
      ['A', 4],
    ]);
  });

  it('a three-way tie at the top: 1, 1, 1, 4', () => {
    const r = rankSchools([3.0, 3.04, 2.96, 3.2], (v) => v, 'lowest first');
    expect(r.ranked.map((e) => e.rank)).toEqual([1, 1, 1, 4]);
  });
});
