/** An academic year as the city writes it: "2014/15". */
export type AcademicYear = string & { readonly __brand: 'AcademicYear' };

/**
 * Reads the ways schools and the DfE write a year: 2014/15, 2014-15, 2014/2015, 201415,
 * "2014 / 15". The second year must follow the first.
 */
export function parseAcademicYear(text: string): AcademicYear | undefined {
  const compact = text.trim().replace(/\s+/g, '');
  const m = /^(\d{4})(?:[/-]?(\d{2}|\d{4}))$/.exec(compact);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2]!.length === 4 ? Number(m[2]) : Math.floor(start / 100) * 100 + Number(m[2]);
  const endFixed = end < start ? end + 100 : end;
  if (endFixed !== start + 1) return undefined;
  return formatAcademicYear(start);
}

export function formatAcademicYear(startYear: number): AcademicYear {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}` as AcademicYear;
}

export function startYearOf(year: AcademicYear | string): number {
  return Number(year.slice(0, 4));
}

/** The DfE's open-data form, 201415. */
export function toTimePeriod(year: AcademicYear | string): string {
  return year.slice(0, 4) + year.slice(5, 7);
}

export function previousAcademicYear(year: AcademicYear | string): AcademicYear {
  return formatAcademicYear(startYearOf(year) - 1);
}

/** Whether `year` falls within an optional first and last year (inclusive). */
export function yearWithin(year: string, firstYear?: string, lastYear?: string): boolean {
  const y = startYearOf(year);
  return (
    (firstYear === undefined || y >= startYearOf(firstYear)) && (lastYear === undefined || y <= startYearOf(lastYear))
  );
}
