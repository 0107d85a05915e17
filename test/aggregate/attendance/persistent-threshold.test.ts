// The persistent-absence threshold changes from 15% (to 2014/15) to 10% (from 2015/16).
import { describe, expect, it } from 'vitest';
import {
  isPersistentAbsentee,
  persistentAbsenceThreshold,
} from '../../../src/aggregate/attendance/persistent-threshold.js';

// As in schemas/catalogue/attendance.json.
const configured = [
  { lastYear: '2014/15', percentOfPossibleSessions: 15 },
  { firstYear: '2015/16', percentOfPossibleSessions: 10 },
];

describe('persistentAbsenceThreshold', () => {
  it('is 15% to 2014/15 and 10% from 2015/16', () => {
    expect(persistentAbsenceThreshold('2013/14', configured)).toBe(15);
    expect(persistentAbsenceThreshold('2014/15', configured)).toBe(15);
    expect(persistentAbsenceThreshold('2015/16', configured)).toBe(10);
    expect(persistentAbsenceThreshold('2016/17', configured)).toBe(10);
  });

  it('is undefined when no rule covers the year, or the rules that do disagree', () => {
    expect(
      persistentAbsenceThreshold('2015/16', [{ lastYear: '2014/15', percentOfPossibleSessions: 15 }]),
    ).toBeUndefined();
    expect(
      persistentAbsenceThreshold('2015/16', [...configured, { firstYear: '2015/16', percentOfPossibleSessions: 12 }]),
    ).toBeUndefined();
  });

  it('makes a pupil absent for 36 of 300 sessions (12%) persistently absent in 2015/16 but not in 2014/15', () => {
    const t1415 = persistentAbsenceThreshold('2014/15', configured)!;
    const t1516 = persistentAbsenceThreshold('2015/16', configured)!;
    expect(isPersistentAbsentee(36, 300, t1415)).toBe(false); // 12% < 15%
    expect(isPersistentAbsentee(36, 300, t1516)).toBe(true); // 12% ≥ 10%
  });

  it('counts a pupil exactly at the threshold: 45 of 300 is 15%; 29 of 300 (9.67%) is under 10%', () => {
    expect(isPersistentAbsentee(45, 300, 15)).toBe(true);
    expect(isPersistentAbsentee(44, 300, 15)).toBe(false);
    expect(isPersistentAbsentee(30, 300, 10)).toBe(true);
    expect(isPersistentAbsentee(29, 300, 10)).toBe(false);
    expect(isPersistentAbsentee(0, 0, 10)).toBe(false);
  });
});
