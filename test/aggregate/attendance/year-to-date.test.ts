// The year to date from termly returns: sessions summed, pupils from the latest term.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { yearToDate, yearToDatePeriods, termsToDate } from '../../../src/aggregate/attendance/year-to-date.js';
import type { AttendanceCounts } from '../../../src/aggregate/attendance/types.js';

const columns = catalogue().attendanceColumns;

const autumn: AttendanceCounts = {
  enrolments: 200,
  possible_sessions: 14_000,
  authorised_absence: 420,
  unauthorised_absence: 140,
  persistent_absentees: 24,
  fixed_term_exclusions: 2,
};
const spring: AttendanceCounts = {
  enrolments: 204,
  possible_sessions: 9_800,
  authorised_absence: 392,
  unauthorised_absence: 98,
  persistent_absentees: 20,
  fixed_term_exclusions: 1,
};
const summer: AttendanceCounts = {
  enrolments: 198,
  possible_sessions: 11_880,
  authorised_absence: 297,
  unauthorised_absence: 99,
  persistent_absentees: 18,
  fixed_term_exclusions: 0,
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
    const ytd = yearToDate({ Autumn: autumn }, 'Autumn', columns);
    expect(ytd.status).toBe('complete');
    if (ytd.status !== 'complete') return;
    expect(ytd.counts).toEqual(autumn);
    expect(ytd.rates.overall_absence_rate).toBeCloseTo(4.0, 10);
    expect(ytd.rates.persistent_absence_rate).toBeCloseTo(12.0, 10);
    expect(ytd.persistentAbsence).toBe('exact');
  });

  it('Autumn and Spring: sessions summed, enrolments and persistent absentees from Spring', () => {
    // Possible 14,000 + 9,800 = 23,800; authorised 420 + 392 = 812; unauthorised 140 + 98 = 238.
    // Overall (812 + 238) / 23,800 = 1,050 / 23,800 = 4.4118%; authorised 812 / 23,800 = 3.4118%.
    // Pupils from Spring: 20 / 204 = 9.8039%. Exclusions 2 + 1 = 3.
    const ytd = yearToDate({ Autumn: autumn, Spring: spring, Summer: summer }, 'Spring', columns);
    expect(ytd.status).toBe('complete');
    if (ytd.status !== 'complete') return;
    expect(ytd.terms).toEqual(['Autumn', 'Spring']);
    expect(ytd.counts).toEqual({
      enrolments: 204,
      possible_sessions: 23_800,
      authorised_absence: 812,
      unauthorised_absence: 238,
      persistent_absentees: 20,
      fixed_term_exclusions: 3,
    });
    expect(ytd.rates.overall_absence_rate).toBeCloseTo(4.4118, 4);
    expect(ytd.rates.authorised_absence_rate).toBeCloseTo(3.4118, 4);
    expect(ytd.rates.persistent_absence_rate).toBeCloseTo(9.8039, 4);
    expect(ytd.persistentAbsence).toBe('latest term only');
  });

  it('the whole year: three terms of sessions, pupils from Summer', () => {
    // Possible 14,000 + 9,800 + 11,880 = 35,680; absent 560 + 490 + 396 = 1,446;
    // 1,446 / 35,680 = 4.0527%. Summer pupils: 18 / 198 = 9.0909%. Exclusions 2 + 1 + 0 = 3.
    // Summing enrolments (602) would count each pupil three times: 60 / 602 = 9.97% is wrong.
    const ytd = yearToDate({ Autumn: autumn, Spring: spring, Summer: summer }, 'Summer', columns);
    expect(ytd.status).toBe('complete');
    if (ytd.status !== 'complete') return;
    expect(ytd.counts.possible_sessions).toBe(35_680);
    expect(ytd.counts.enrolments).toBe(198);
    expect(ytd.counts.persistent_absentees).toBe(18);
    expect(ytd.counts.fixed_term_exclusions).toBe(3);
    expect(ytd.rates.overall_absence_rate).toBeCloseTo(4.0527, 4);
    expect(ytd.rates.persistent_absence_rate).toBeCloseTo(9.0909, 4);
  });

  it('is exact when the returns count persistent absentees over the year so far', () => {
    const ytd = yearToDate({ Autumn: autumn, Spring: spring }, 'Spring', columns, {
      persistentAbsentees: 'year-to-date',
    });
    expect(ytd.status === 'complete' && ytd.persistentAbsence).toBe('exact');
  });

  it('leaves an optional count not available when one term lacks it', () => {
    const { fixed_term_exclusions: _, ...springWithout } = spring;
    const ytd = yearToDate({ Autumn: autumn, Spring: springWithout }, 'Spring', columns);
    expect(ytd.status === 'complete' && ytd.counts.fixed_term_exclusions).toBeUndefined();
  });
});
