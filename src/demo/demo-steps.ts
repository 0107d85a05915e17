// The demo's commands, in order: a year of the cycle for the fixture city. A step that imports
// files which must be refused expects exit 1. A step may build its arguments from the store
// (the query to resolve is only known once the returns are in).
import type { Store } from '../store/open-store.js';
import { currentQueries } from '../store/queries/challenges.js';

export interface DemoStep {
  args: string[] | ((store: Store) => Promise<string[]>);
  note?: string;
  expectExit?: number;
}

const predictions = (year: string, keyStage: string, format: string, out: string, extra: string[] = []) => [
  'report',
  'predictions',
  '--year',
  year,
  '--key-stage',
  keyStage,
  '--round',
  'Autumn',
  '--format',
  format,
  '--out',
  out,
  ...extra,
];
const attendance = (format: string, out: string, extra: string[] = []) => [
  'report',
  'attendance',
  '--year',
  '2014/15',
  '--term',
  'Summer',
  '--ytd',
  '--format',
  format,
  '--out',
  out,
  ...extra,
];

const forecast = (format: string, out: string, extra: string[]) => [
  'report',
  'forecast',
  ...['--key-stage', 'KS2', '--round', 'Autumn', '--format', format, '--out', out],
  ...extra,
];
const categories = (format: string, out: string) => [
  'report',
  'categories',
  ...['--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn', '--term', 'Summer'],
  ...['--format', format, '--out', out],
];
const earlierYears = ['2011-12', '2012-13', '2013-14'];

/**
 * The forecast's record (issue 16): three earlier years of predictions and results, imported after
 * every other step so the reports above stay as they were, then the forecast, its backtest and
 * "if achieved".
 */
const forecastSteps: DemoStep[] = [
  {
    args: ['groups', 'import', 'fixtures/groups-earlier-years/collaborative-groups-2011-12-to-2013-14.csv'],
    note: "the record: earlier years' groups, predictions and results, for the forecast to learn from",
  },
  { args: ['import', ...earlierYears.flatMap((y) => [`fixtures/proformas/${y}`, `fixtures/results/${y}`])] },
  {
    args: forecast('md', 'reports/forecast-ks2-2014-15.md', ['--year', '2014/15', '--level', 'city,group']),
    note: "each school's prediction corrected by its own record, to group and city, with an interval",
  },
  { args: forecast('csv', 'reports/forecast-ks2-2014-15.csv', ['--year', '2014/15', '--level', 'city,group,school']) },
  {
    args: forecast('md', 'reports/forecast-ks2-2014-15-published.md', [
      '--year',
      '2014/15',
      '--level',
      'city,group',
      '--published',
    ]),
  },
  {
    args: forecast('md', 'reports/forecast-backtest-ks2.md', ['--backtest']),
    note: 'the backtest: each year forecast from the years before it, against the raw predictions',
  },
  { args: forecast('csv', 'reports/forecast-backtest-ks2.csv', ['--backtest']) },
  {
    args: [
      ...['report', 'if-achieved', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn'],
      ...['--format', 'md', '--out', 'reports/if-achieved-ks2-2014-15.md'],
    ],
    note: 'if the predictions are achieved: the disadvantaged and EAL pupils against last year and national',
  },
  {
    args: [
      ...['report', 'if-achieved', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn'],
      ...['--format', 'csv', '--out', 'reports/if-achieved-ks2-2014-15.csv'],
    ],
  },
];

export const demoSteps: DemoStep[] = [
  { args: ['register', 'import', 'fixtures/register/edubasealldata.csv', '--la', '874'] },
  { args: ['groups', 'import', 'fixtures/groups/collaborative-groups.csv'] },
  { args: ['comparators', 'import', 'fixtures/comparators/national-attainment.csv'] },
  { args: ['comparators', 'import', 'fixtures/comparators/national-attendance.csv'] },
  { args: ['comparators', 'import', 'fixtures/comparators/national-absence-by-characteristic-groups.csv'] },
  { args: ['targets', 'import', 'fixtures/targets/targets.csv'] },
  { args: ['ofsted', 'import', 'fixtures/ofsted/ofsted-inspections-as-at-31-august-2015.csv'] },
  {
    args: [
      'template',
      'predictions',
      '--year',
      '2015/16',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--all',
      '--out',
      'reports/templates/2015-16-KS2-Autumn',
    ],
    note: 'September: publish a proforma to every primary school',
  },
  {
    args: ['import', 'fixtures/proformas/2014-15', '--report', 'reports/import-messages-2014-15.csv'],
    note: 'some of these returns are meant to be refused, so this step exits 1',
    expectExit: 1,
  },
  { args: ['import', 'fixtures/proformas/2015-16', '--report', 'reports/import-messages-2015-16.csv'] },
  {
    args: ['status', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn', '--format', 'csv'],
    note: 'the chase list, for a mail merge',
  },
  { args: ['challenge', 'list', '--open'] },
  {
    args: async (store) => {
      const open = (await currentQueries(store)).find((q) => !q.outcome && q.pupil_group && q.measure);
      return open
        ? [
            'challenge',
            'resolve',
            String(open.id),
            '--accept',
            '--reason',
            'discussed with the head: prediction stands',
            '--by',
            'School Improvement Adviser',
          ]
        : ['challenge', 'list'];
    },
    note: 'an adviser answers the first query',
  },
  { args: predictions('2014/15', 'KS2', 'md', 'reports/predictions-ks2-2014-15-city.md') },
  {
    args: predictions('2014/15', 'KS2', 'csv', 'reports/predictions-ks2-2014-15.csv', ['--level', 'city,group,school']),
  },
  {
    args: predictions('2014/15', 'KS2', 'xlsx', 'reports/predictions-ks2-2014-15-published.xlsx', [
      '--level',
      'city,group',
      '--published',
    ]),
  },
  {
    args: predictions('2014/15', 'KS2', 'md', 'reports/predictions-ks2-2014-15-published.md', [
      '--level',
      'city,group',
      '--published',
    ]),
  },
  { args: predictions('2014/15', 'KS4', 'md', 'reports/predictions-ks4-2014-15-city.md') },
  { args: predictions('2015/16', 'KS2', 'md', 'reports/predictions-ks2-2015-16-city.md') },
  {
    args: predictions('2015/16', 'KS4', 'csv', 'reports/predictions-ks4-2015-16.csv', ['--level', 'city,group,school']),
  },
  {
    args: [
      'report',
      'predictions',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--compare',
      'Autumn,Spring',
      '--level',
      'city,school',
      '--out',
      'reports/predictions-ks2-2014-15-autumn-to-spring.csv',
    ],
    note: 'spring: the refreshed predictions against the autumn ones',
  },
  { args: ['import', 'fixtures/results/2014-15'], note: 'summer: the results arrive, imported as round Actual' },
  {
    args: [
      'report',
      'accuracy',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--format',
      'md',
      '--out',
      'reports/accuracy-ks2-2014-15.md',
    ],
  },
  { args: ['audit', '--school', '110010'], note: 'a school whose corrected return superseded its first' },
  {
    args: ['import', 'fixtures/attendance', '--report', 'reports/import-messages-attendance.csv'],
    expectExit: 1,
    note: 'two attendance returns are meant to be refused',
  },
  { args: attendance('md', 'reports/attendance-2014-15-ytd.md') },
  { args: attendance('csv', 'reports/attendance-2014-15-ytd.csv') },
  {
    args: [
      'report',
      'attendance',
      '--year',
      '2015/16',
      '--term',
      'Spring',
      '--format',
      'xlsx',
      '--out',
      'reports/attendance-2015-16-spring.xlsx',
    ],
  },
  {
    args: [
      'report',
      'attendance-concern',
      '--year',
      '2015/16',
      '--term',
      'Spring',
      '--ytd',
      '--out',
      'reports/attendance-concern-2015-16.md',
    ],
  },
  {
    args: [
      'charts',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--term',
      'Summer',
      '--published',
      '--out',
      'reports/charts',
    ],
  },
  {
    args: [
      'report',
      'html',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--term',
      'Summer',
      '--published',
      '--out',
      'reports/kingsmere-ks2-2014-15-published.html',
    ],
    note: "the School Improvement Board's report: one file, opens offline",
  },
  {
    args: [
      'report',
      'profile',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--term',
      'Summer',
      '--school',
      '110003',
      '--out',
      'reports/profile-110003.html',
    ],
    note: 'a one-page profile of a school for elected members, published as the paper is',
  },
  {
    args: [
      'report',
      'html',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--term',
      'Summer',
      '--out',
      'reports/kingsmere-ks2-2014-15-internal.html',
    ],
  },
  {
    args: [
      ...['report', 'html', '--year', '2016/17', '--key-stage', 'KS2', '--round', 'Autumn', '--term', 'Autumn'],
      ...['--published', '--out', 'reports/kingsmere-2016-17-autumn-attendance.html'],
    ],
    note: 'issue 14: the Board paper of a year whose returns carry severe absence, the reasons and looked-after children',
  },
  ...forecastSteps,
  {
    args: categories('md', 'reports/categories-ks2-2014-15.md'),
    note: "each school's category by the rules of schemas/categories.json, why, and what would move it",
  },
  { args: categories('csv', 'reports/categories-ks2-2014-15.csv') },
];
