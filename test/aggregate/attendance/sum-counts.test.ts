// Aggregates are sums of counts, never means of rates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { attendanceRates, sumCounts } from '../../../src/aggregate/attendance/rates.js';
import type { AttendanceCounts } from '../../../src/aggregate/attendance/types.js';

const columns = catalogue().attendanceColumns;

describe('sumCounts', () => {
  it('sums sessions and pupils; an optional count is summed only where every return has it', () => {
    const a: AttendanceCounts = {
      enrolments: 200,
      possible_sessions: 20_000,
      authorised_absence: 600,
      unauthorised_absence: 200,
      persistent_absentees: 20,
      fixed_term_exclusions: 3,
      penalty_notices: 1,
    };
    const b: AttendanceCounts = {
      enrolments: 100,
      possible_sessions: 9_000,
      authorised_absence: 300,
      unauthorised_absence: 150,
      persistent_absentees: 15,
      fixed_term_exclusions: 2,
    };
    // 200 + 100 = 300; 20,000 + 9,000 = 29,000; 600 + 300 = 900; 200 + 150 = 350; 20 + 15 = 35;
    // exclusions 3 + 2 = 5; penalty notices: b has none, so not available; permanent: neither.
    expect(sumCounts([a, b], columns)).toEqual({
      enrolments: 300,
      possible_sessions: 29_000,
      authorised_absence: 900,
      unauthorised_absence: 350,
      persistent_absentees: 35,
      fixed_term_exclusions: 5,
    });
  });

  it('gives a city rate from summed sessions, not the mean of school rates', () => {
    // A: 400 of 10,000 sessions = 4.0%. B: 200 of 2,000 = 10.0%. Mean of rates = 7.0%;
    // the city's rate is (400 + 200) / (10,000 + 2,000) = 600 / 12,000 = 5.0%.
    const a = {
      enrolments: 60,
      possible_sessions: 10_000,
      authorised_absence: 300,
      unauthorised_absence: 100,
      persistent_absentees: 6,
    };
    const b = {
      enrolments: 12,
      possible_sessions: 2_000,
      authorised_absence: 150,
      unauthorised_absence: 50,
      persistent_absentees: 3,
    };
    const city = attendanceRates(sumCounts([a, b], columns), columns);
    expect(city.overall_absence_rate).toBeCloseTo(5.0, 10);
    // Persistent absence: (6 + 3) / (60 + 12) = 9 / 72 = 12.5%.
    expect(city.persistent_absence_rate).toBeCloseTo(12.5, 10);
  });

  it('sums nothing to zero counts and no optional counts', () => {
    expect(sumCounts([], columns)).toEqual({
      enrolments: 0,
      possible_sessions: 0,
      authorised_absence: 0,
      unauthorised_absence: 0,
      persistent_absentees: 0,
    });
  });

  const returnCounts = fc
    .record({
      possible_sessions: fc.integer({ min: 1, max: 100_000 }),
      authorisedShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
      unauthorisedShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
      enrolments: fc.integer({ min: 1, max: 2_000 }),
      paShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map((r): AttendanceCounts => ({
      enrolments: r.enrolments,
      possible_sessions: r.possible_sessions,
      authorised_absence: Math.floor(r.possible_sessions * r.authorisedShare),
      unauthorised_absence: Math.floor(r.possible_sessions * r.unauthorisedShare),
      persistent_absentees: Math.floor(r.enrolments * r.paShare),
    }));

  it('gives an aggregate rate between the lowest and highest of its parts (property)', () => {
    fc.assert(
      fc.property(fc.array(returnCounts, { minLength: 1, maxLength: 20 }), (list) => {
        const rates = list.map((c) => attendanceRates(c, columns).overall_absence_rate!);
        const whole = attendanceRates(sumCounts(list, columns), columns).overall_absence_rate!;
        expect(whole).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-9);
        expect(whole).toBeLessThanOrEqual(Math.max(...rates) + 1e-9);
      }),
    );
  });

  it('gives the same sum however the returns are grouped (property)', () => {
    fc.assert(
      fc.property(fc.array(returnCounts, { maxLength: 20 }), fc.nat(), (list, cut) => {
        const i = list.length === 0 ? 0 : cut % list.length;
        const inTwo = sumCounts([sumCounts(list.slice(0, i), columns), sumCounts(list.slice(i), columns)], columns);
        expect(inTwo).toEqual(sumCounts(list, columns));
      }),
    );
  });
});
