// Rates from one return's counts.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { attendanceRates } from '../../../src/aggregate/attendance/rates.js';

const columns = catalogue().attendanceColumns;

describe('attendanceRates', () => {
  it('gives overall, authorised, unauthorised and persistent absence rates in percent', () => {
    // 350 + 120 = 470 sessions absent of 10,000 possible: 470 / 10,000 × 100 = 4.7%.
    // Authorised 350 / 10,000 = 3.5%; unauthorised 120 / 10,000 = 1.2%.
    // 9 persistent absentees of 60 enrolments: 9 / 60 × 100 = 15%.
    const rates = attendanceRates(
      {
        enrolments: 60,
        possible_sessions: 10_000,
        authorised_absence: 350,
        unauthorised_absence: 120,
        persistent_absentees: 9,
      },
      columns,
    );
    expect(rates.overall_absence_rate).toBeCloseTo(4.7, 10);
    expect(rates.authorised_absence_rate).toBeCloseTo(3.5, 10);
    expect(rates.unauthorised_absence_rate).toBeCloseTo(1.2, 10);
    expect(rates.persistent_absence_rate).toBeCloseTo(15, 10);
  });

  it('leaves the rates unrounded: 1 session of 3 possible is 33.333...%', () => {
    const rates = attendanceRates(
      {
        enrolments: 3,
        possible_sessions: 3,
        authorised_absence: 1,
        unauthorised_absence: 0,
        persistent_absentees: 1,
      },
      columns,
    );
    expect(rates.overall_absence_rate).toBeCloseTo(100 / 3, 12);
    expect(rates.persistent_absence_rate).toBeCloseTo(100 / 3, 12);
  });

  it('is undefined, not 0, when the base is 0', () => {
    const rates = attendanceRates(
      {
        enrolments: 0,
        possible_sessions: 0,
        authorised_absence: 0,
        unauthorised_absence: 0,
        persistent_absentees: 0,
      },
      columns,
    );
    expect(rates).toEqual({
      overall_absence_rate: undefined,
      authorised_absence_rate: undefined,
      unauthorised_absence_rate: undefined,
      persistent_absence_rate: undefined,
    });
  });
});
