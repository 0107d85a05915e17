// Academic years as schools and the DfE write them (domain.md, "Identifiers").
import { describe, expect, it } from 'vitest';
import {
  formatAcademicYear,
  parseAcademicYear,
  previousAcademicYear,
  toTimePeriod,
  yearWithin,
} from '../../src/domain/academic-year.js';

describe('academic years', () => {
  it('reads 2014/15, 2014-15, 2014/2015, 201415 and "2014 / 15" as 2014/15', () => {
    for (const written of ['2014/15', '2014-15', '2014/2015', '201415', '2014 / 15', ' 2014/15 '])
      expect(parseAcademicYear(written)).toBe('2014/15');
  });

  it('reads a year across the century: 1999/00 and 199900', () => {
    expect(parseAcademicYear('1999/00')).toBe('1999/00');
    expect(parseAcademicYear('199900')).toBe('1999/00');
  });

  it('refuses a second year that does not follow the first, and what is not a year', () => {
    for (const written of ['2014/16', '2014/2016', '2015/14', '2014', '14/15', 'Autumn 2014', ''])
      expect(parseAcademicYear(written)).toBeUndefined();
  });

  it('writes the DfE time period, the previous year and the range test', () => {
    expect(formatAcademicYear(2009)).toBe('2009/10');
    expect(toTimePeriod('2014/15')).toBe('201415');
    expect(previousAcademicYear('2015/16')).toBe('2014/15');
    expect([
      yearWithin('2014/15', undefined, '2014/15'),
      yearWithin('2015/16', undefined, '2014/15'),
      yearWithin('2015/16', '2015/16'),
    ]).toEqual([true, false, true]);
  });
});
