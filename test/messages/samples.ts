// Sample facts and arguments for the catalogue test: one call of every sentence of src/messages/.
// The samples of the sentence functions are typed by their catalogues, so a sentence added
// without a sample, or a sample of the wrong shape, does not compile. A rule's facts are the
// shared FACTS, with RULE_FACTS for the few rules whose fact of a name has another shape.
import type { attendanceText } from '../../src/messages/attendance-text.js';
import type { chartText } from '../../src/messages/chart-text.js';
import type { cliText } from '../../src/messages/cli-text.js';
import type { cycleText } from '../../src/messages/cycle-text.js';
import type { htmlText } from '../../src/messages/html-text.js';
import type { reportText } from '../../src/messages/report-text.js';
import type { RuleId } from '../../src/messages/rules.js';
import type { templateText } from '../../src/messages/template-text.js';

/** For each sentence function of a catalogue, the arguments of one sample call. */
export type Samples<T> = {
  [K in keyof T as T[K] extends (...a: never[]) => unknown ? K : never]: T[K] extends (...a: infer A) => unknown
    ? A
    : never;
};

/** Every fact the rules are written with, by name: a rule reads the ones it needs. */
export const FACTS = {
  absence: 120,
  actual: 'a PDF document',
  closed: '2014-08-31',
  cohort: 30,
  column: 'Possible sessions',
  columns: ['urn', 'value'],
  count: 12,
  detail: 'bad header',
  enrolments: 200,
  expected: 7,
  first: '30',
  firstAt: 'A12',
  firstLine: 4,
  floor: 65,
  found: '31',
  framework: '2016 onwards',
  group: 'Boys',
  heading: 'Notes',
  identifier: 'URN 100001',
  keyStage: 'KS2',
  la: '874',
  label: 'URN',
  laestab: '8742001',
  laestabSchool: 'Brook Primary',
  limit: 20,
  margin: 10,
  max: 120,
  measure: 'ks2_rwm_exp',
  megabytes: 80,
  min: 80,
  name: 'Hill Primary',
  nearest: ['Girls'],
  other: 'a.xlsx',
  otherCount: 10,
  parts: 'Boys + Girls',
  percent: '12.5',
  perPupil: 400,
  persistent: 30,
  possible: 3000,
  possibleLabel: 'Possible sessions',
  previous: 100,
  previousPeriod: 'Autumn 2014/15',
  quantity: 'pupils predicted',
  rate: '52.0',
  registered: 'Hill Primary School',
  roll: 200,
  rollLabel: 'Enrolments',
  sheet: 'Predictions',
  sheets: ['Predictions', 'Copy of Predictions'],
  sum: 31,
  unit: 'sessions',
  urn: '100001',
  urnSchool: 'Hill Primary',
  value: 31,
  visible: ['Sheet1'],
  wanted: 'Predictions',
  whole: 'All pupils',
  wholeValue: 30,
  year: '2014/15',
};

/** Facts that differ from FACTS for one rule: a list of labels where another rule has one phrase. */
export const RULE_FACTS: Partial<Record<RuleId, Record<string, unknown>>> = {
  'attendance.absence-above-possible': { parts: ['Authorised absence', 'Unauthorised absence'] },
};

/** The sample facts of rule `id`. */
export const factsOf = (id: RuleId) => ({ ...FACTS, ...RULE_FACTS[id] });

const period = { academicYear: '2015/16', term: 'Spring' } as const;

export const cliSamples: Samples<typeof cliText> = {
  'flag.year': ['2014'],
  'flag.key-stage': ['KS9', ['KS1', 'KS2']],
  'flag.round': ['Winter', ['Autumn', 'Spring']],
  'flag.term': ['Winter'],
  'flag.level': ['town'],
  'flag.predictions-format': ['pdf'],
  'flag.format-one-of': ['pdf', ['csv', 'md']],
  'flag.phase': ['nursery'],
  'flag.compare-unknown': ['Winter', ['Autumn', 'Spring']],
  'flag.compare-too-few': ['Autumn'],
  'flag.no-headline': ['KS2', '2014/15', ['ks2_rwm_exp']],
  'flag.measure': ['x', 'KS2', '2014/15', ['ks2_rwm_exp']],
  'flag.html-out': ['report.pdf'],
  'flag.status-format': ['pdf'],
  'flag.amend-not-a-number': ['ten'],
  'flag.blank': ['reason'],
  'flag.query-number': ['x1'],
  'store.missing': ['/tmp/none.sqlite'],
  'path.cannot-use': ['/tmp/out', 'the disk is full'],
  'failure.line': ['something to mend'],
  'failure.internal': ['boom'],
  'import.progress': [10, 100],
  'import.not-found': ['missing.xlsx'],
  'import.accepted': [2],
  'import.refused-some': [1, 3],
  'import.same-file-as': ['a.xlsx'],
  'import.unchanged-since': ['2026-11-22T09:00:00.000Z'],
  'import.first-error': ['Predictions!B7', 'the cohort is blank', 2],
  'import.supersedes': [4, 2],
  'import.file-counts': [3, 1, 1, 1],
  'import.not-a-return-file': ['notes.txt'],
  'import.summary': [
    {
      dryRun: true,
      files: 2,
      returns: 3,
      accepted: 1,
      withQueries: 1,
      refused: 1,
      alreadyImported: 1,
      skipped: 1,
    },
  ],
  'import.report-written': ['messages.csv'],
  'reference-import.refused': ['register.csv'],
  'reference-import.stored': ['register.csv', 12, 'schools'],
  'report.no-returns': ['KS2', 'Autumn', '2014/15'],
  'report.wrote': ['out.csv'],
  'report.wrote-predictions': ['out.csv', 10, 4],
  'report.wrote-attendance': ['out.csv', 9, 10],
  'report.wrote-html': ['out.html', 20_480],
  'accuracy.title': ['KS2', '2014/15', 'Autumn'],
  'accuracy.no-pairs': ['Autumn', 'KS2', '2014/15'],
  'charts.no-attendance': ['Spring', '2015/16'],
  'charts.withheld': ['gap-to-national', 'every figure is a small number'],
  'template.no-such-return': ['100001'],
  'template.wrote': ['templates/100001.xlsx'],
  'template.count': [3],
};

export const cycleSamples: Samples<typeof cycleText> = {
  'query.not-found': [7],
  'query.already-resolved': [7, 'accepted', 'A. Adviser', '2026-11-22T09:00:00.000Z'],
  'query.no-figure': [7],
  'query.unknown-figure': ['Boys', 'ks2_rwm_exp'],
  'query.amend-not-a-count': [31, 30],
  'query.amended': [7, undefined, 12],
  'query.accepted': [7],
  'query.listed': [
    {
      id: 7,
      urn: '100001',
      schoolName: 'Hill Primary',
      keyStage: 'KS2',
      academicYear: '2014/15',
      period: 'Autumn',
      sheet: 'Predictions',
      cell: 'C7',
      line: null,
      text: 'check the prediction',
      outcome: null,
      resolvedBy: null,
    },
  ],
  'status.school': [{ state: 'refused', urn: '100001', name: 'Hill Primary', openQueries: 0, reason: 'no cohort' }],
  'status.summary': [{ schools: 4, accepted: 1, withQueries: 1, refused: 1, missing: 1 }],
  'audit.return-imported': [
    {
      id: 3,
      file: 'a.csv',
      part: 'URN 100001',
      kind: 'predictions',
      keyStage: 'KS2',
      academicYear: '2014/15',
      period: 'Autumn',
      status: 'accepted',
      queries: 2,
      errors: 0,
      supersededBy: 5,
    },
  ],
  'audit.amended': [
    {
      returnId: 3,
      measure: 'ks2_rwm_exp',
      group: 'Boys',
      oldValue: null,
      newValue: 12,
      by: 'A. Adviser',
      reason: 'ok',
    },
  ],
  'audit.resolved': [{ returnId: 3, queryId: 7, outcome: 'accepted', by: 'A. Adviser', reason: 'ok', text: 'check' }],
  'audit.entry': ['2026-11-22T09:00:00.000Z', 'return 3 imported'],
  'audit.nothing': ['100001'],
};

export const attendanceSamples: Samples<typeof attendanceText> = {
  'concern.persistent-above-national': ['14.2', '5.1'],
  'concern.above-target': ['6.5', '2.0'],
  'target.so-far': ['4.6', false],
  'target.against': ['4.6% so far', '4.5'],
  'target.due-by': ['0.2', period],
  'target.not-due-by': ['0.1', period],
  'target.reason': [['4.6% so far against a target of 4.5%', 'falling 0.2 points a term, due by Spring 2015/16']],
  'trend.over-terms': ['declining', 6],
  'trend.rising': ['0.3'],
};

export const reportSamples: Samples<typeof reportText> = {
  'attendance-row.incomplete': [['Summer']],
  'attendance-row.period': ['Spring', true],
  'school.named': ['Hill Primary', '100001'],
  'school.with-status': ['Hill Primary', '100001', 'not returned'],
  'period.term-or-year-to-date': ['Spring', true],
  'predictions.title': ['KS2', '2014/15', 'Autumn'],
  'predictions.from-returns': [1],
  'predictions.national-fallback': ['2015/16', ['2014/15']],
  'predictions.published': [10],
  'predictions.sheet-note': [10],
  'area-table.title': ['school', 'Hill Primary', '100001'],
  'area-table.against-other-pupils': ['RWM L4+', '52.0', '60.0', '-8.0'],
  'area-table.comparison': [['RWM L4+ 52.0 against 60.0 (gap -8.0)']],
  'attendance-report.title': ['2014/15', 'Summer', true, 'primary'],
  'attendance-report.rates': ['10', '2014/15'],
  'attendance-report.national-year': ['2014/15'],
  'attendance-report.published': [5],
  'attendance-report.not-ranked': [3],
  'attendance-area.phase': ['primary'],
  'attendance-area.group': ['Westwood'],
  'attendance-area.returned': [45, 48],
  'concern-report.title': ['2015/16', 'year to date (Spring)'],
};

export const chartSamples: Samples<typeof chartText> = {
  'chart.period': ['2014/15', 'Autumn'],
  'chart.attendance-period': ['2014/15', 'Summer', true],
  'chart.percent-column': ['RWM L4+'],
  'group-gap-chart.title': ['RWM L4+'],
  'group-gap-chart.subtitle': ['Kingsmere', '2014/15'],
  'area-gap-chart.title': ['RWM L4+', 'All pupils', 'collaborativeGroup'],
  'area-gap-chart.subtitle': ['2014/15', 'school'],
  'disadvantage-chart.title': ['RWM L4+'],
  'disadvantage-chart.local': ['Kingsmere'],
  'disadvantage-chart.subtitle': ['Kingsmere disadvantaged pupils'],
  'disadvantage-chart.axis': ['RWM L4+'],
  'disadvantage-chart.gap': ['−8.0'],
  'rank-chart.title': ['Overall absence', '2014/15 Summer'],
  'rank-chart.order': ['4.6%'],
  'rank-chart.not-returned': [1],
  'rank-chart.national': ['4.6%'],
  'trend-chart.title': ['Kingsmere'],
};

export const htmlSamples: Samples<typeof htmlText> = {
  'html-intro.title': ['Kingsmere', 'KS2', '2014/15', 'Autumn'],
  'html-intro.lede': ['Key stage 2', '2014/15', 'Autumn', 24, 'Summer'],
  'html-intro.rates': ['RWM L4+'],
  'html-intro.for-publication': [10],
  'html-intro.symbols': ['2026-11-22 09:00 UTC'],
  'html-section.attendance': ['Summer'],
  'html-city.caption': ['Kingsmere'],
  'html-city.national-fallback': ['2015/16', ['2014/15']],
  'html-area.part': ['School: Hill Primary (URN 100001)', 1, 6, 10],
  'html-area.against-other-pupils': ['Disadvantaged (FSM/PPG)'],
  'html-charts.intro': [true],
  'html-charts.withheld': ['RWM L4+: gap to national by pupil group', 'every figure is suppressed'],
  'html-chart.numbers': ['RWM L4+: gap to national by pupil group'],
  'html-attendance.title': ['2014/15', 'Summer'],
  'html-attendance.rates': ['10', '2014/15', 45, 48],
  'html-attendance.not-returned': [3],
  'html-attendance.no-returns': ['2014/15', 'Summer'],
  'html-provenance.predictions': ['KS2', 'Autumn', '2014/15'],
  'html-provenance.attendance': ['2014/15', 'Summer'],
  'html-provenance.returns': [
    'KS2 Autumn 2014/15 predictions',
    { accepted: 76, withQueries: 19, refused: 18, superseded: 1 },
    ['2026-11-22 09:00 UTC', '2026-11-22 09:05 UTC'],
  ],
  'html-provenance.comparators': ['2015/16', true],
  'html-provenance.fallback-year': ['2014/15', ['RWM L4+ (All pupils)']],
  'html-provenance.figure': ['RWM L4+', 'All pupils'],
  'html-provenance.earlier-years': [['2014/15']],
  'html-provenance.no-national': [2],
  'html-provenance.attendance-national': ['2014/15'],
};

export const templateSamples: Samples<typeof templateText> = {
  'proforma.title': ['KS2', '2015/16', 'Autumn', 'Hill Primary'],
  'proforma.count-prompt': ['RWM L4+'],
  'proforma.mean-prompt': ['Average points score'],
  'attendance-return.title': ['2015/16', 'Spring', 'Hill Primary'],
  'attendance-return.prompt': ['Possible sessions', false],
};
