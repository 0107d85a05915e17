// A school with no return is listed as not returned, never ranked as 0.
import { describe, expect, it } from 'vitest';
import { rankSchools } from '../../../src/aggregate/attendance/rank.js';

describe('rankSchools, not returned', () => {
  it('lists schools without a value apart and ranks the rest as if they were absent', () => {
    const schools = [
      { urn: 'A', rate: 5.2 },
      { urn: 'B', rate: undefined },
      { urn: 'C', rate: 3.9 },
      { urn: 'D', rate: Number.NaN },
    ];
    const r = rankSchools(schools, (s) => s.rate, 'lowest first');
    // Only A and C returned: C (3.9) is 1st, A (5.2) 2nd. B and D would have been 1st and 2nd as 0.
    expect(r.ranked.map((e) => [e.item.urn, e.rank])).toEqual([
      ['C', 1],
      ['A', 2],
    ]);
    expect(r.notReturned.map((s) => s.urn)).toEqual(['B', 'D']);
  });

  it('ranks a returned 0% as a value (the school returned, with no absence)', () => {
    const r = rankSchools([{ rate: 2.5 }, { rate: 0 }], (s) => s.rate, 'lowest first');
    expect(r.ranked.map((e) => [e.value, e.rank])).toEqual([
      [0, 1],
      [2.5, 2],
    ]);
    expect(r.notReturned).toEqual([]);
  });

  it('gives an empty ranking when nobody returned', () => {
    const r = rankSchools([{ rate: undefined }], (s) => s.rate, 'highest first');
    expect(r.ranked).toEqual([]);
    expect(r.notReturned).toHaveLength(1);
  });
});
