// A year to date with a term missing is reported as incomplete, never as a figure.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { yearToDate } from '../../../src/aggregate/attendance/year-to-date.js';
import type { AttendanceCounts } from '../../../src/aggregate/attendance/types.js';

const columns = catalogue().attendanceColumns;

const term: AttendanceCounts = {
  enrolments: 100,
  possible_sessions: 7_000,
  authorised_absence: 210,
  unauthorised_absence: 70,
  persistent_absentees: 9,
};

describe('yearToDate, incomplete', () => {
  it('names the missing term and gives no counts or rates', () => {
    // Autumn and Summer returned, Spring not: summing the two would give 560 / 14,000 = 4.0%
    // for a "whole year" that is a third short.
    const ytd = yearToDate({ Autumn: term, Summer: term }, 'Summer', columns);
    expect(ytd).toEqual({ status: 'incomplete', terms: ['Autumn', 'Spring', 'Summer'], missingTerms: ['Spring'] });
    expect('rates' in ytd).toBe(false);
  });

  it('is incomplete with no returns at all', () => {
    expect(yearToDate({}, 'Spring', columns)).toEqual({
      status: 'incomplete',
      terms: ['Autumn', 'Spring'],
      missingTerms: ['Autumn', 'Spring'],
    });
  });

  it('does not need terms after the one asked for', () => {
    // To Spring: Autumn and Spring present, Summer not yet due.
    const ytd = yearToDate({ Autumn: term, Spring: term }, 'Spring', columns);
    expect(ytd.status).toBe('complete');
  });
});
