// The words of the HTML report (src/publish/html/): its head, the headings of its sections and
// contents, the sentences between its tables, and its provenance. Each has a stable id; the
// sections keep the markup and escape every word they put in it. A sentence with words the page
// marks (bold, code, the colour of a gap) is a Marked (marked.ts): the words here, the marks
// there. The tables' own titles and headings are report-text.ts's; the charts' chart-text.ts's.
// Counts come in as numbers, times as the report prints them ("2026-11-22 09:00 UTC").
import type { Marked } from './marked.js';
import { reportText } from './report-text.js';

/** What the provenance counted of one kind of return. */
export interface ReturnsCounted {
  accepted: number;
  withQueries: number;
  refused: number;
  superseded: number;
}

const schools = (n: number) => `${n} ${n === 1 ? 'school' : 'schools'}`;

export const htmlText = {
  // The head of the report (intro-section.ts)
  /** The page's title and h1: "Kingsmere: KS2 predictions 2014/15, Autumn round". */
  'html-intro.title': (city: string, keyStage: string, year: string, round: string) =>
    `${city}: ${keyStage} predictions ${year}, ${round} round`,
  'html-intro.lede': (keyStage: string, year: string, round: string, returns: number, term: string | undefined) =>
    `${keyStage}: the outcomes schools predict for their pupils at the end of ${year}, ` +
    `from the current accepted ${round.toLowerCase()} returns of ${schools(returns)}, ` +
    'added up to collaborative group and city level and set against the national average ' +
    'for the same pupil group and measure.' +
    (term === undefined ? '' : ` With attendance for the ${term.toLowerCase()} term.`),
  /** Marks: the word gap, the words of a gap above national, below national. */
  'html-intro.rates': (measure: string): Marked => [
    'A rate is the pupils predicted to reach a measure divided by the pupils in the group, summed over schools ' +
      "(Σ pupils ÷ Σ cohort), never an average of schools' percentages. The ",
    ['gap'],
    ' to national is the local rate minus the national rate in percentage points: ',
    ['+ above national'],
    ', ',
    ['− below'],
    `. The charts show ${measure} unless they say otherwise.`,
  ],
  /** Marks: the notice's lead, the symbol. */
  'html-intro.for-publication': (threshold: number): Marked => [
    ['For publication.'],
    ` Counts of 1 to ${threshold} pupils, and every figure from which one could be worked out ` +
      '(from totals, other groups or other schools shown here), are shown as ',
    ['c'],
    ' in the tables and the charts alike.',
  ],
  /** Marks: the notice's lead, the flag. */
  'html-intro.not-for-publication': [
    ['Not for publication.'],
    ' This version shows small numbers of pupils. Make the published version with ',
    ['--published'],
    '.',
  ] as Marked,
  /** Marks: each symbol. */
  'html-intro.symbols': (madeAt: string | undefined): Marked => [
    'Symbols: ',
    ['c'],
    ' suppressed (too few pupils to publish) · ',
    ['x'],
    ' not available · ',
    ['z'],
    ' not applicable.' + (madeAt === undefined ? '' : ` Made ${madeAt}.`),
  ],
  'html-intro.contents': 'Contents',
  /** Where the schools' tables are: the file the paper names, or its appendix. */
  'html-intro.schools-where': (file: string | undefined) =>
    file === undefined
      ? "The paper is the city and its collaborative groups; each school's tables and charts are in the appendix."
      : `The paper is the city and its collaborative groups; each school's tables and charts are in ${file}.`,

  // The sections' headings, also the contents
  'html-section.city': 'The city',
  'html-section.charts': 'Gap to national: charts',
  'html-section.groups': 'Collaborative groups',
  'html-section.schools': 'Schools',
  'html-section.attendance': (term: string, yearToDate = false) =>
    yearToDate
      ? `Attendance, year to date to the ${term.toLowerCase()} term`
      : `Attendance, ${term.toLowerCase()} term`,
  'html-section.provenance': 'Provenance',
  'html-section.coverage': 'Who is counted, and what was changed',
  'html-appendix.schools': 'Appendix: schools',
  'html-appendix.charts': 'Appendix: charts of every school',
  'html-appendix.ranked': 'Appendix: attendance by school',
  /** "Appendix: Attendance, 2014/15 summer term, by school". */
  'html-appendix.attendance': (title: string) => `Appendix: ${title}, by school`,
  /** The schools' page of its own: "Kingsmere: KS2 predictions 2014/15, Autumn round: schools". */
  'html-appendix.page-title': (title: string) => `${title}: schools`,

  // The predictions sections (predictions-section.ts, area-table-html.ts, chart-figure.ts)
  'html-city.caption': (city: string) => `${city}: all schools with a return, by pupil group`,
  'html-city.national-fallback': (year: string, usedYears: readonly string[]) =>
    `National figures for ${year} were not all in the store; where one was missing the latest earlier year ` +
    `was used (${usedYears.join(', ')}). The provenance section lists which.`,
  /** Under a group's table: "Schools: Ash Primary, Birch Primary. Not counted (no accepted return): Cedar Primary." */
  'html-groups.members': (counted: readonly string[], notCounted: readonly string[]) =>
    `Schools: ${counted.length > 0 ? counted.join(', ') : 'none counted'}.` +
    (notCounted.length > 0 ? ` Not counted (no accepted return): ${notCounted.join(', ')}.` : ''),
  'html-groups.none': 'No school with a return belongs to a collaborative group for this year.',
  'html-schools.none': 'No school returns.',
  /** A table of some of an area's measures: "School: Hill Primary (URN 100001) (measures 1–6 of 10)". */
  'html-area.part': (caption: string, first: number, last: number, measures: number) =>
    `${caption} (measures ${first}–${last} of ${measures})`,
  /** The row under the disadvantaged pupils' row. */
  'html-area.against-other-pupils': (pupilGroup: string) => `${pupilGroup} vs other pupils nationally: their rate, gap`,
  'html-charts.intro': (published: boolean) =>
    'Each chart has the numbers it is drawn from beside it.' +
    (published ? ' Suppressed figures are not drawn, and are shown as c.' : ''),
  /** Marks: the chart's title. */
  'html-charts.withheld': (title: string, reason: string): Marked => [[title], `: not drawn; ${reason}.`],
  'html-chart.numbers': (title: string) => `The numbers behind “${title}”`,

  // The attendance section (attendance-section.ts)
  /** "Attendance, 2014/15 summer term"; or "… year to date to the end of the summer term, primary schools". */
  'html-attendance.title': (year: string, term: string, yearToDate = false, phase = 'all') =>
    `Attendance, ${year} ${yearToDate ? 'year to date to the end of the ' : ''}${term.toLowerCase()} term` +
    (phase === 'all' ? '' : `, ${phase} schools`),
  'html-attendance.rates': (
    threshold: string | undefined,
    nationalYear: string | undefined,
    returned: number,
    open: number,
  ) =>
    'Overall absence is authorised plus unauthorised absence sessions over possible sessions; ' +
    `persistent absence is the pupils missing ${threshold ?? '?'}% or more of their possible sessions, ` +
    'over enrolments.' +
    (nationalYear ? ` ${reportText['attendance-report.national-year'](nationalYear)}` : '') +
    ` ${returned} of ${open} open schools returned.`,
  'html-attendance.ranked':
    'Schools ranked by overall absence (rank 1 = lowest absence, best attendance; equal rates share a rank)',
  'html-attendance.not-returned': (schools: number) => `Not returned (${schools})`,
  'html-attendance.not-counted': 'Not ranked and not counted in any total.',
  'html-attendance.all-returned': 'Every open school returned.',
  'html-attendance.areas': 'The city, phases and collaborative groups (all pupils; rates from summed sessions)',
  'html-attendance.rules': 'How trends and target ratings are judged',
  /** Issue 14: severe absence and absence by reason in the paper. */
  'html-reasons.title': 'Severe absence and absence by reason',
  'html-reasons.rate': (label: string, city: string, national: string | undefined) =>
    `${label} (pupils missing half their possible sessions or more): ${city}% of the city’s pupils` +
    (national === undefined ? '.' : `, against ${national}% nationally.`),
  'html-reasons.table': 'Sessions missed by reason, % of possible sessions (all pupils)',
  /** A half term where the sentences name a term (issue 14): "Spring 1" → "spring 1 half" (term). */
  'html-attendance.half-term': (halfTerm: string) => `${halfTerm} half`,
  'html-attendance.no-returns': (year: string, term: string) =>
    `No accepted attendance returns for the ${term.toLowerCase()} term of ${year} in the store.`,

  // Provenance (provenance-section.ts; jobs/html-report.ts names the returns)
  'html-provenance.predictions': (keyStage: string, round: string, year: string) =>
    `${keyStage} ${round} ${year} predictions`,
  'html-provenance.attendance': (year: string, term: string) => `Attendance ${year} ${term}`,
  /** Marks: each count. The times imported between, when there were any. */
  'html-provenance.returns': (what: string, n: ReturnsCounted, between?: readonly [string, string]): Marked => [
    `${what}: figures from `,
    [String(n.accepted)],
    ` current accepted returns (${n.withQueries} with queries for challenge); `,
    [String(n.refused)],
    ' refused; ',
    [String(n.superseded)],
    ' superseded by a later return from the same school (kept in the store, not counted).' +
      (between ? ` Imported between ${between[0]} and ${between[1]}.` : ''),
  ],
  'html-provenance.refused-predictions': 'Refused prediction returns',
  'html-provenance.refused-attendance': 'Refused attendance returns',
  'html-provenance.unplaced':
    'Refused files whose kind, year or period could not be read, imported alongside these returns',
  'html-provenance.no-rule': '(none recorded)',
  'html-provenance.comparators': (year: string, exceptions: boolean) =>
    `National comparators: ${year}${exceptions ? `, except where the store had no ${year} figure:` : '.'}`,
  /** "2013/14 used for RWM L4+ (Disadvantaged (FSM/PPG)); …". */
  'html-provenance.fallback-year': (year: string, figures: readonly string[]) =>
    `${year} used for ${figures.join('; ')}`,
  'html-provenance.figure': (measure: string, pupilGroup: string) => `${measure} (${pupilGroup})`,
  'html-provenance.earlier-years': (years: readonly string[]) =>
    'Earlier years used anywhere in the report (including the other-pupils comparison for disadvantaged pupils): ' +
    `${years.join(', ')}.`,
  'html-provenance.no-national': (figures: number) =>
    `${figures} city figures have no national figure in the store for any year (x).`,
  'html-provenance.attendance-national': (year: string) => `Attendance national figures: ${year}.`,
  'html-provenance.by-rule':
    'Refusals are named by rule here: their messages can quote a school’s figures, ' +
    'so they are left out of the published version.',

  // Who is counted, and what was changed (coverage-section.ts)
  /** "KS2 Autumn 2014/15 predictions: 33 of 34 schools asked are counted." */
  'html-coverage.counted': (what: string, counted: number, asked: number) =>
    `${what}: ${counted} of ${schools(asked)} asked ${counted === 1 ? 'is' : 'are'} counted` +
    (counted < asked ? '; not included:' : '.'),
  /** "Elm Primary (URN 110012): refused: RWM L4+ for Boys is 85 …" */
  'html-coverage.left-out': (name: string, urn: string, state: string, reason: string | undefined) =>
    `${name} (URN ${urn}): ${state}${reason ? `: ${reason}` : ''}`,
  'html-coverage.amendments-title': 'Amendments after challenge',
  'html-coverage.queries': (accepted: number, amended: number, open: number) =>
    `Queries on these returns: ${accepted} accepted as returned, ${amended} settled by an amendment, ` +
    `${open} still open (their figures are counted as returned).`,
  'html-coverage.no-amendments': 'No figure was amended after challenge: every figure is as the school returned it.',
  /** "Ash Primary (URN 110001): RWM L4+ for Boys, amended by the School Improvement Adviser on 2014-11-30." */
  'html-coverage.amendment': (school: string, urn: string, measure: string, group: string, by: string, on: string) =>
    `${school} (URN ${urn}): ${measure} for ${group}, amended by ${by} on ${on}.`,
  'html-coverage.amendment-values': (oldValue: number | null, newValue: number, reason: string) =>
    `From ${oldValue ?? 'blank'} to ${newValue} pupils: ${reason}.`,
  'html-coverage.published-amendments':
    'The amended figures are counted; their values and reasons are left out of the published version, ' +
    'as they can be small numbers of pupils.',
} as const;

export type HtmlTextId = keyof typeof htmlText;
