// Every sentence the attendance core gives a reader, in one place: the rules printed under the
// attendance reports, the reasons on the concern list and the explanation of each target rating,
// so the console, the tables and the HTML use the same words. Each has a stable id. The figures
// come in already rounded as the reports show them (aggregate/attendance/shown.ts does that), so
// these words never round a number themselves.

/** A trend's class, as aggregate/attendance/trend.ts names them. */
export type TrendWord = 'improving' | 'static' | 'declining' | 'fluctuating' | 'insufficient data';

/** One term of one academic year: aggregate/attendance's `Period` is one. */
export interface TermOfYear {
  /** "2015/16". */
  academicYear: string;
  term: 'Autumn' | 'Spring' | 'Summer';
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "Spring 2015/16". */
const termOfYear = (p: TermOfYear) => `${p.term} ${p.academicYear}`;

/** "six terms", "one term". */
const termsInWords = (n: number) => `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? 'term' : 'terms'}`;

export const attendanceText = {
  /** How a trend is judged, printed under the attendance reports (aggregate/attendance/trend.ts). */
  'trend.rules': [
    'The trend is the least-squares line of the overall absence rate against the term, ' +
      'over the last six terms (a term with no return leaves a gap; it is not counted as 0).',
    'Fewer than 3 of those terms returned: insufficient data.',
    'Slope −0.15 points a term or steeper, with the line explaining at least 30% of the variation (R² ≥ 0.3): ' +
      'improving (absence falling).',
    'Slope +0.15 points a term or steeper, with R² ≥ 0.3: declining (absence rising).',
    'Otherwise, rates spanning 2.0 points or more between the highest and lowest term: fluctuating.',
    'Otherwise: static.',
  ],
  /** How a year to date is made (aggregate/attendance/year-to-date.ts). */
  'year-to-date.rules': [
    'The year to date runs from Autumn to the latest term: Autumn; Autumn and Spring; the whole year.',
    'Possible sessions, authorised and unauthorised absence, exclusions and penalty notices ' +
      'are summed over those terms; these sums are exact.',
    'Enrolments and persistent absentees are not summed (each pupil would be counted once a term): ' +
      'both are taken from the latest term’s return, ' +
      'so the persistent-absence rate is that return’s persistent absentees over its enrolments.',
    'When returns count persistent absentees over the year so far, that rate is exact. ' +
      'When they count them per term, ' +
      'a year-to-date persistent-absence rate is the latest term’s rate and is marked as an approximation: ' +
      'the DfE’s year-to-date figure, on each pupil’s sessions over the whole period, ' +
      'cannot be rebuilt from termly counts.',
    'If any term in the window has no return, the year-to-date figure is incomplete and none is given.',
  ],
  /** The rules of the concern list, printed under it. */
  'concern.rules': [
    'Score = 1 × (persistent absence rate − national rate for the phase, in points, if above) ' +
      '+ 2 × (overall absence rate − the school’s target, in points, if above) ' +
      '+ 2 × (severe absence rate − national rate for the phase, or the city’s rate where there is no national ' +
      'figure, in points, if above) ' +
      '+ 3 if its trend is declining, or 1 if fluctuating.',
    'Figures are compared as shown, to one decimal place. A missing national figure, target or trend adds nothing.',
    'Rank 1 = the greatest concern; equal scores (to one decimal place) share a rank (1, 2, 2, 4). ' +
      'A school that has not returned is listed as not returned, not scored.',
  ],
  /** "persistent absence 14.2%, 5.1 points above national". */
  'concern.persistent-above-national': (rate: string, gap: string) =>
    `persistent absence ${rate}%, ${gap} points above national`,
  /** "severe absence 3.1%, 1.2 points above national" (or "above the city"). */
  'concern.rate-above': (label: string, rate: string, gap: string, against: 'national' | 'city') =>
    `${label.toLowerCase()} ${rate}%, ${gap} points above ${against === 'national' ? 'national' : 'the city'}`,
  /** "overall absence 6.5%, 2.0 points above its target". */
  'concern.above-target': (rate: string, gap: string) => `overall absence ${rate}%, ${gap} points above its target`,

  /** The rules of the target ratings, as the README quotes them. */
  'target.rules': [
    'Achieved (dark green): the year is complete (year to date through Summer) and its rate is at or below the target.',
    'On track (light green): the year is not complete and the rate so far is at or below the target; ' +
      'or the school’s trend is improving and its line reaches the target by the Summer term of the target’s year.',
    'Will be achieved but late (amber): the trend is improving ' +
      'and its line reaches the target after the target’s year, by the Summer term of the following year.',
    'Not likely to be achieved (red): above the target and the trend is static, declining, fluctuating ' +
      'or has too few terms, or its line does not reach the target by the Summer term of the following year.',
    'The trend line (from the trend rules) reaches the target in the first term, after its last term ' +
      'and after any completed target year, whose projected rate is at or below the target.',
  ],
  /** "4.6% so far", "4.3% for the year", "No year-to-date figure". */
  'target.so-far': (rate: string | undefined, yearComplete: boolean) =>
    rate === undefined ? 'No year-to-date figure' : `${rate}% ${yearComplete ? 'for the year' : 'so far'}`,
  /** "4.6% so far against a target of 4.5%". */
  'target.against': (soFar: string, target: string) => `${soFar} against a target of ${target}%`,
  /** "falling 0.2 points a term, due by Spring 2015/16". */
  'target.due-by': (fall: string, due: TermOfYear) => `falling ${fall} points a term, due by ${termOfYear(due)}`,
  /** "falling 0.1 points a term, not due by Summer 2016/17". */
  'target.not-due-by': (fall: string, by: TermOfYear) => `falling ${fall} points a term, not due by ${termOfYear(by)}`,
  /** One sentence: the parts joined by "; ", with a full stop. */
  'target.reason': (parts: readonly string[]) => `${parts.join('; ')}.`,

  /** "declining over six terms", "too few terms for a trend (two terms returned)". */
  'trend.over-terms': (classification: TrendWord, terms: number) =>
    classification === 'insufficient data'
      ? `too few terms for a trend (${termsInWords(terms)} returned)`
      : `${classification} over ${termsInWords(terms)}`,
  /** "rising 0.3 points a term". */
  'trend.rising': (rise: string) => `rising ${rise} points a term`,
} as const;

export type AttendanceTextId = keyof typeof attendanceText;
