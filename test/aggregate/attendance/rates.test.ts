// Rates from one return's counts.
import { describe, expect, it } from 'vitest';
import { attendanceRates } from '../../../src/aggregate/attendance/rates.js';

describe('attendanceRates', () => {
  it('gives overall, authorised, unauthorised and persistent absence rates in percent', () => {
    // 350 + 120 = 470 sessions absent of 10,000 possible: 470 / 10,000 × 100 = 4.7%.
    // Authorised 350 / 10,000 = 3.5%; unauthorised 120 / 10,000 = 1.2%.
    // 9 persistent absentees of 60 enrolments: 9 / 60 × 100 = 15%.
    const rates = attendanceRates({
      enrolments: 60,
      possibleSessions: 10_000,
      authorisedAbsence: 350,
      unauthorisedAbsence: 120,
      persistentAbsentees: 9,
    });
    expect(rates.overallAbsenceRate).toBeCloseTo(4.7, 10);
    expect(rates.authorisedAbsenceRate).toBeCloseTo(3.5, 10);
    expect(rates.unauthorisedAbsenceRate).toBeCloseTo(1.2, 10);
    expect(rates.persistentAbsenceRate).toBeCloseTo(15, 10);
  });

  it('leaves the rates unrounded: 1 session of 3 possible is 33.333...%', () => {
    const rates = attendanceRates({
      enrolments: 3,
      possibleSessions: 3,
      authorisedAbsence: 1,
      unauthorisedAbsence: 0,
      persistentAbsentees: 1,
    });
    expect(rates.overallAbsenceRate).toBeCloseTo(100 / 3, 12);
    expect(rates.persistentAbsenceRate).toBeCloseTo(100 / 3, 12);
  });

  it('is undefined, not 0, when the base is 0', () => {
    const rates = attendanceRates({
      enrolments: 0,
      possibleSessions: 0,
      authorisedAbsence: 0,
      unauthorisedAbsence: 0,
      persistentAbsentees: 0,
    });
    expect(rates).toEqual({
      overallAbsenceRate: undefined,
      authorisedAbsenceRate: undefined,
      unauthorisedAbsenceRate: undefined,
      persistentAbsenceRate: undefined,
    });
  });
});
