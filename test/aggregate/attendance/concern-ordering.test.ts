// The attendance officers' concern list: scores, reasons, ties and schools not returned.
import { describe, expect, it } from 'vitest';
import { concernList, CONCERN_WEIGHTS, type ConcernFacts } from '../../../src/aggregate/attendance/concern.js';

const schools: ConcernFacts[] = [
  // 2: 16.0 − 9.1 = 6.9 above national → 6.9. Overall 5.0 on its target 5.0 → 0. Static → 0. Score 6.9.
  {
    urn: '100002',
    persistentAbsenceRate: 16.0,
    nationalPersistentAbsenceRate: 9.1,
    trend: { classification: 'static', terms: 6 },
    overallAbsenceRate: 5.0,
    overallAbsenceTarget: 5.0,
  },
  // 4: 8.0 below national → 0. Improving → 0. No target. Score 0.
  {
    urn: '100004',
    persistentAbsenceRate: 8.0,
    nationalPersistentAbsenceRate: 9.1,
    trend: { classification: 'improving', terms: 6 },
  },
  // 1: 14.2 − 9.1 = 5.1 → 5.1; 6.5 − 4.5 = 2.0 above target → 2 × 2.0 = 4.0; declining → 3. Score 12.1.
  {
    urn: '100001',
    persistentAbsenceRate: 14.2,
    nationalPersistentAbsenceRate: 9.1,
    trend: { classification: 'declining', terms: 6 },
    overallAbsenceRate: 6.5,
    overallAbsenceTarget: 4.5,
  },
  // 6: no return.
  { urn: '100006', persistentAbsenceRate: undefined, nationalPersistentAbsenceRate: 9.1 },
  // 5 (secondary): 12.4 − 11.1 = 1.3 → 1.3; declining over four terms → 3. Score 4.3.
  {
    urn: '100005',
    persistentAbsenceRate: 12.4,
    nationalPersistentAbsenceRate: 11.1,
    trend: { classification: 'declining', terms: 4 },
  },
  // 3: 10.0 − 9.1 = 0.9 → 0.9; 5.2 − 4.0 = 1.2 above target → 2.4; fluctuating → 1. Score 4.3.
  {
    urn: '100003',
    persistentAbsenceRate: 10.0,
    nationalPersistentAbsenceRate: 9.1,
    trend: { classification: 'fluctuating', terms: 5 },
    overallAbsenceRate: 5.2,
    overallAbsenceTarget: 4.0,
  },
];

describe('concernList', () => {
  it('ranks by score, greatest concern first; equal scores share a rank, listed by URN', () => {
    const list = concernList(schools);
    expect(list.ranked.map((e) => [e.facts.urn, e.rank])).toEqual([
      ['100001', 1],
      ['100002', 2],
      ['100003', 3],
      ['100005', 3],
      ['100004', 5],
    ]);
    const scores = list.ranked.map((e) => e.score);
    [12.1, 6.9, 4.3, 4.3, 0].forEach((s, i) => expect(scores[i]).toBeCloseTo(s, 10));
  });

  it('gives the reasons in words', () => {
    const [first, second, third, fourth, fifth] = concernList(schools).ranked;
    expect(first!.reasons).toEqual([
      'persistent absence 14.2%, 5.1 points above national',
      'overall absence 6.5%, 2.0 points above its target',
      'declining over six terms',
    ]);
    expect(second!.reasons).toEqual(['persistent absence 16.0%, 6.9 points above national']);
    expect(third!.reasons).toEqual([
      'persistent absence 10.0%, 0.9 points above national',
      'overall absence 5.2%, 1.2 points above its target',
      'fluctuating over five terms',
    ]);
    expect(fourth!.reasons).toEqual([
      'persistent absence 12.4%, 1.3 points above national',
      'declining over four terms',
    ]);
    expect(fifth!.reasons).toEqual([]);
  });

  it('lists a school with no return apart, unscored', () => {
    expect(concernList(schools).notReturned.map((f) => f.urn)).toEqual(['100006']);
  });

  it('compares as shown: 9.14% against a national 9.1% shows no gap and scores nothing', () => {
    const [only] = concernList([{ urn: '1', persistentAbsenceRate: 9.14, nationalPersistentAbsenceRate: 9.1 }]).ranked;
    expect(only!.score).toBe(0);
    expect(only!.reasons).toEqual([]);
  });

  it('weights as documented', () => {
    expect(CONCERN_WEIGHTS).toEqual({
      perPointPersistentAboveNational: 1,
      perPointOverallAboveTarget: 2,
      declining: 3,
      fluctuating: 1,
    });
  });
});
