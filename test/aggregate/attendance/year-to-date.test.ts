// The year to date from termly returns: sessions summed, pupils from the latest term.
import { describe, expect, it } from 'vitest';
import { yearToDate, yearToDatePeriods, termsToDate } from '../../../src/aggregate/attendance/year-to-date.js';
import type { AttendanceCounts } from '../../../src/aggregate/attendance/types.js';

const autumn: AttendanceCounts = {
  enrolments: 200,
  possibleSessions: 14_000,
  authorisedAbsence: 420,
  unauthorisedAbsence: 140,
  persistentAbsentees: 24,
  fixedTermExclusions: 2,
};
const spring: AttendanceCounts = {
  enrolments: 204,
  possibleSessions: 9_800,
  authorisedAbsence: 392,
  unauthorisedAbsence: 98,
  persistentAbsentees: 20,
  fixedTermExclusions: 1,
};
const summer: AttendanceCounts = {
  enrolments: 198,
  possibleSessions: 11_880,
  authorisedAbsence: 297,
  unauthorisedAbsence: 99,
  persistentAbsentees: 18,
  fixedTermExclusions: 0,
};

describe('yearToDate', () => {
  it('lists the terms and periods of the year to date', () => {
    expect(termsToDate('Autumn')).toEqual(['Autumn']);
    expect(termsToDate('Spring')).toEqual(['Autumn', 'Spring']);
    expect(termsToDate('Summer')).toEqual(['Autumn', 'Spring', 'Summer']);
    expect(yearToDatePeriods('2014/15', 'Spring')).toEqual([
      { academicYear: '2014/15', term: 'Autumn' },
      { academicYear: '2014/15', term: 'Spring' },
    ]);
  });

  it('Autumn alone is that return, and exact', () => {
    // (420 + 140) / 14,000 = 560 / 14,000 = 4.0%; 24 / 200 = 12.0%.
    const ytd = yearToDate({ Autumn: autumn }, 'Autumn');
    expect(ytd.status).toBe('complete');
    if (ytd.status !== 'complete') return;
    expect(ytd.counts).toEqual(autumn);
    expect(ytd.rates.overallAbsenceRate).toBeCloseTo(4.0, 10);
    expect(ytd.rates.persistentAbsenceRate).toBeCloseTo(12.0, 10);
    expect(ytd.persistentAbsence).toBe('exact');
  });

  it('Autumn and Spring: sessions summed, enrolments and persistent absentees from Spring', () => {
    // Possible 14,000 + 9,800 = 23,800; authorised 420 + 392 = 812; unauthorised 140 + 98 = 238.
    // Overall (812 + 238) / 23,800 = 1,050 / 23,800 = 4.4118%; authorised 812 / 23,800 = 3.4118%.
    // Pupils from Spring: 20 / 204 = 9.8039%. Exclusions 2 + 1 = 3.
    const ytd = yearToDate({ Autumn: autumn, Spring: spring, Summer: summer }, 'Spring');
    expect(ytd.status).toBe('complete');
    if (ytd.status !== 'complete') return;
    expect(ytd.terms).toEqual(['Autumn', 'Spring']);
    expect(ytd.counts).toEqual({
      enrolments: 204,
      possibleSessions: 23_800,
      authorisedAbsence: 812,
      unauthorisedAbsence: 238,
      persistentAbsentees: 20,
      fixedTermExclusions: 3,
    });
    expect(ytd.rates.overallAbsenceRate).toBeCloseTo(4.4118, 4);
    expect(ytd.rates.authorisedAbsenceRate).toBeCloseTo(3.4118, 4);
    expect(ytd.rates.persistentAbsenceRate).toBeCloseTo(9.8039, 4);
    expect(ytd.persistentAbsence).toBe('latest term only');
  });

  it('the whole year: three terms of sessions, pupils from Summer', () => {
    // Possible 14,000 + 9,800 + 11,880 = 35,680; absent 560 + 490 + 396 = 1,446;
    // 1,446 / 35,680 = 4.0527%. Summer pupils: 18 / 198 = 9.0909%. Exclusions 2 + 1 + 0 = 3.
    // Summing enrolments (602) would count each pupil three times: 60 / 602 = 9.97% is wrong.
    const ytd = yearToDate({ Autumn: autumn, Spring: spring, Summer: summer }, 'Summer');
    expect(ytd.status).toBe('complete');
    if (ytd.status !== 'complete') return;
    expect(ytd.counts.possibleSessions).toBe(35_680);
    expect(ytd.counts.enrolments).toBe(198);
    expect(ytd.counts.persistentAbsentees).toBe(18);
    expect(ytd.counts.fixedTermExclusions).toBe(3);
    expect(ytd.rates.overallAbsenceRate).toBeCloseTo(4.0527, 4);
    expect(ytd.rates.persistentAbsenceRate).toBeCloseTo(9.0909, 4);
  });

  it('is exact when the returns count persistent absentees over the year so far', () => {
    const ytd = yearToDate({ Autumn: autumn, Spring: spring }, 'Spring', { persistentAbsentees: 'year-to-date' });
    expect(ytd.status === 'complete' && ytd.persistentAbsence).toBe('exact');
  });

  it('leaves an optional count not available when one term lacks it', () => {
    const { fixedTermExclusions: _, ...springWithout } = spring;
    const ytd = yearToDate({ Autumn: autumn, Spring: springWithout }, 'Spring');
    expect(ytd.status === 'complete' && ytd.counts.fixedTermExclusions).toBeUndefined();
  });
});
