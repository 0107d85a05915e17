// The words of the reports a reader reads as markdown, xlsx and csv (predictions, accuracy,
// attendance, the concern list): titles, the sentences under them, the titles of their tables and
// the headings of their columns, so the HTML (html-text.ts) and the charts (chart-text.ts) can use
// the same ones. Each has a stable id; src/publish/ takes its words from here and keeps only the
// layout. Counts come in as numbers; rates, gaps and years as the reports show them.
import { attendanceText } from './attendance-text.js';

/** A level of the predictions report. */
export type AreaLevel = 'city' | 'group' | 'school';

const schools = (n: number) => `${n} ${n === 1 ? 'school' : 'schools'}`;
const figures = (n: number) => `${n} ${n === 1 ? 'figure' : 'figures'}`;

export const reportText = {
  // The headings of a reader's columns (a tidy table is headed by its codes instead)
  'column.pupil-group': 'Pupil group',
  'column.cohort': 'Cohort',
  'column.rate': '%',
  'column.mean': 'Mean',
  'column.gap': 'Gap',
  'column.measure': 'Measure',
  'column.predicted': 'Predicted',
  'column.actual': 'Actual',
  'column.difference': 'Difference',
  'column.school': 'School',
  'column.years': 'Years',
  'column.figures': 'Figures',
  'column.mean-signed-error': 'Mean signed error',
  'column.mean-absolute-error': 'Mean absolute error',
  'column.rank': 'Rank',
  'column.phase': 'Phase',
  'column.collaborative-group': 'Collaborative group',
  'column.overall-absence': 'Overall absence %',
  'column.gap-to-national': 'Gap to national',
  'column.change-on-last-year': 'Change on last year',
  'column.quartile': 'Quartile',
  'column.persistent-absence-short': 'PA %',
  'column.persistent-absence': 'Persistent absence %',
  'column.persistent-absence-rank': 'PA rank',
  /** A rate beside the headlines, by its catalogue label (issue 14): "Severe absence %", "Severe absence rank". */
  'column.rate-of': (label: string) => `${label} %`,
  'column.rank-of': (label: string) => `${label} rank`,
  'column.trend': 'Trend',
  'column.target-rating': 'Target rating',
  'column.area': 'Area',
  'column.schools-returned': 'Schools returned',
  'column.target': 'Target',
  'column.rating': 'Rating',
  'column.rule': 'Rule',
  'column.score': 'Score',
  'column.why': 'Why',
  'column.file': 'File',
  'column.refused-under-rule': 'Refused under rule',
  'column.first-reason': 'First reason',

  /** A school as a report names it: "Hill Primary (URN 100001)". */
  'column.change': 'Change',
  'school.named': (name: string, urn: string) => `${name} (URN ${urn})`,
  /** "Hill Primary (URN 100001): not returned". */
  'school.with-status': (name: string, urn: string, status: string) => `${name} (URN ${urn}): ${status}`,

  /** A school's attendance row with no figures: its return refused, or a term of its year to date missing. */
  /** Absence by reason (issue 14): each reason's sessions as a share of possible sessions. */
  'attendance-report.reasons': 'Absence by reason, % of possible sessions',
  'attendance-area.national': 'National',
  'attendance-row.refused': 'refused: see the import messages',
  'attendance-row.incomplete': (missingTerms: readonly string[]) => `incomplete: no ${missingTerms.join(', ')} return`,
  /** The period column of the tidy attendance data: "Spring", or "year to date (Spring)". */
  'attendance-row.period': (term: string, yearToDate: boolean) => (yearToDate ? `year to date (${term})` : term),

  /** A report's period: "Spring term", or "year to date (Spring)". */
  'period.term-or-year-to-date': (term: string, yearToDate: boolean) =>
    yearToDate ? `year to date (${term})` : `${term} term`,
  /** A half-term report's period (issue 14): "half term Spring 1", or "year to date (Spring 1)". */
  'period.half-term-or-year-to-date': (halfTerm: string, yearToDate: boolean) =>
    yearToDate ? `year to date (${halfTerm})` : `half term ${halfTerm}`,

  // Predictions (predictions-md.ts, predictions-xlsx.ts, area-tables.ts)
  'predictions.title': (keyStage: string, year: string, round: string) =>
    `${keyStage} predictions, ${year}, ${round} round`,
  'predictions.sheet': 'Predictions',
  'predictions.from-returns': (returns: number) =>
    `From the current returns of ${schools(returns)}. ` +
    'Rates are Σ pupils predicted / Σ cohort; the gap to national is in percentage points (+ above national).',
  'predictions.national-fallback': (year: string, usedYears: readonly string[]) =>
    `National figures for ${year} were not all available; ` +
    `some gaps use ${usedYears.join(', ')} (see the CSV's national_year).`,
  'predictions.published': (threshold: number) =>
    `Published: counts of 1 to ${threshold} pupils, and figures from which one could be worked out, are shown as c.`,
  'predictions.withheld': (primary: number, secondary: number) =>
    `Withheld over every level and round of this year's publication: ${figures(primary)} as small numbers, ` +
    `and ${secondary} more so that none of them can be worked out from the rest.`,
  /** The xlsx's one note; the threshold only when published. */
  'predictions.sheet-note': (threshold: number | undefined) =>
    'Rates are Σ pupils predicted / Σ cohort (%); gaps to national in percentage points.' +
    (threshold === undefined ? '' : ` c = suppressed (1 to ${threshold} pupils).`),
  /** An area's table: "City: Kingsmere", "Collaborative group: Westwood", "School: Hill Primary (URN 100001)". */
  'area-table.title': (level: AreaLevel, name: string, code: string) =>
    level === 'city'
      ? `City: ${name}`
      : level === 'group'
        ? `Collaborative group: ${name}`
        : `School: ${name} (URN ${code})`,
  /** One measure of the comparison: "RWM L4+ 52.0 against 60.0 (gap -8.0)". */
  'area-table.against-other-pupils': (measure: string, rate: string, otherRate: string, gap: string) =>
    `${measure} ${rate} against ${otherRate} (gap ${gap})`,
  /** Under an area's table: every measure's comparison, joined by "; ". */
  'area-table.comparison': (measures: readonly string[]) =>
    `Disadvantaged pupils against other pupils nationally: ${measures.join('; ')}.`,

  // Accuracy (accuracy-writers.ts; its title is cli-text's accuracy.title)
  'accuracy.data': 'Accuracy',
  /** `report predictions --compare` in markdown: "KS2 2014/15: Autumn and Spring predictions side by side". */
  'round-changes.title': (keyStage: string, year: string, rounds: readonly string[]) =>
    `${keyStage} ${year}: ${rounds.slice(0, -1).join(', ')} and ${rounds.at(-1)} predictions side by side`,
  'round-changes.note': (rounds: readonly string[]) =>
    `Rates in percent; the change is ${rounds.at(-1)} minus ${rounds[0]}, in percentage points. ` +
    'x: the area has no figure in that round; c: suppressed.',
  /** The heading of a level's table: "City", "Collaborative groups", "Schools". */
  'accuracy.level': (level: 'city' | 'group' | 'school') =>
    level === 'city' ? 'City' : level === 'group' ? 'Collaborative groups' : 'Schools',
  'accuracy.school-bias': 'How well each school predicts (every year in the store)',
  'accuracy.difference':
    'Difference = predicted − actual, in percentage points (means in points): positive means over-predicted.',

  // Attendance (attendance-writers.ts, attendance-tables.ts)
  /** "Attendance 2014/15, year to date to the end of Summer, primary schools". */
  'attendance-report.title': (year: string, term: string, yearToDate: boolean, phase: string) =>
    `Attendance ${year}, ${yearToDate ? `year to date to the end of ${term}` : `${term} term`}` +
    (phase === 'all' ? '' : `, ${phase} schools`),
  /** "Attendance 2014/15, year to date to the end of Summer 1", or "…, half term Spring 1". */
  'attendance-report.half-term-title': (year: string, halfTerm: string, yearToDate: boolean, phase: string) =>
    `Attendance ${year}, ${yearToDate ? `year to date to the end of ${halfTerm}` : `half term ${halfTerm}`}` +
    (phase === 'all' ? '' : `, ${phase} schools`),
  /** A half-term report's rules (issue 14, half-terms.ts), under its title. */
  'attendance-report.half-terms':
    "Half terms: a term's return stands for its two half terms (the same sessions), and a school that sent " +
    "both half terms instead has that term's figure; a term's return is never split, so it gives no half " +
    "term's figure. The year to date to a half term sums the terms before it and its term's half terms to " +
    'it; a missing one makes it incomplete. National figures are compared only where they cover the same ' +
    'half terms (to Summer 1: five, as the DfE counted before 2012/13); there is none for a single half ' +
    "term. Trends are over terms, to the half term's term. Half-term figures are not published.",
  'attendance-report.sheet': 'Attendance',
  'attendance-report.data-sheet': 'Data',
  /** How the schools are ranked and the rates made; the persistent absence threshold when the catalogue has one. */
  'attendance-report.rates': (threshold: string | undefined, year: string) =>
    'Rank 1 = lowest absence (best attendance); schools with equal rates as shown share a rank. ' +
    'Rates are Σ absence sessions / Σ possible sessions; persistent absence is persistent absentees / enrolments' +
    (threshold ? ` (threshold ${threshold}% of possible sessions for ${year}).` : '.'),
  'attendance-report.national-year': (year: string) => `National figures are for ${year}, the latest in the store.`,
  'attendance-report.published': (threshold: number) =>
    `Published: persistent absentees of 1 to ${threshold} pupils, groups that small, ` +
    'and any figure that would reveal one are shown as c; exclusions and penalty notices are withheld.',
  'attendance-report.withheld': (academicYear: string, primary: number, secondary: number) =>
    `Withheld across the published attendance of ${academicYear} (every term, year to date and phase, decided ` +
    `together): ${figures(primary)} as small numbers, and ${secondary} more so that none of them can be worked out.`,
  'attendance-report.ranked': 'Schools ranked by overall absence (rank 1 = lowest absence)',
  'attendance-report.not-ranked': (schools: number) =>
    `Not returned, refused or incomplete (${schools}): not ranked, not counted`,
  'attendance-report.areas': 'City, phases and collaborative groups',
  'attendance-report.rules': 'How trends, targets and years to date are judged',
  'attendance-area.city': 'City',
  /** A --phase report's city row: the phase's schools only, never the city's whole. */
  'attendance-area.city-phase': (phase: string) => `City, ${phase} schools`,
  'attendance-area.phase': (name: string) => `Phase: ${name}`,
  'attendance-area.group': (name: string) => `Group: ${name}`,
  /** "45 of 48" schools returned. */
  'attendance-area.returned': (returned: number, expected: number) => `${returned} of ${expected}`,

  // The concern list (concern-report.ts)
  'concern-report.data': 'Attendance concern',
  'concern-report.title': (year: string, period: string) => `Schools of greatest attendance concern, ${year} ${period}`,
  'concern-report.rules': ['Rank 1 = greatest concern.', ...attendanceText['concern.rules']].join(' '),
  'concern-report.scored': 'Schools of greatest attendance concern (rank 1 = greatest concern)',
  'concern-report.chase': 'No return for the period: chase first',
  'concern-report.no-return': 'no return for the period: chase it',

  // The chase list (status csv)
  'status-report.data': 'Return status',
} as const;

export type ReportTextId = keyof typeof reportText;
