// report if-achieved, worked by hand: the groups the catalogue marks, this year's predictions
// beside last year's actual and the national figure of the group each is compared with.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { csvRows as rows, RETURNS_HEADER, twoSchoolStore, type TwoSchools } from './two-schools.js';

let store: TwoSchools;
let db: string;
const ifAchieved = (...extra: string[]) =>
  cli(['report', 'if-achieved', '--year', '2014/15', '--key-stage', 'KS2', '--db', db, ...extra]);

beforeAll(async () => {
  // [urn, year, round, [group, cohort, RWM L4+]...]
  const returns: [string, string, string, [string, number, number][]][] = [
    [
      '110001',
      '2013/14',
      'Actual',
      [
        ['all', 40, 28],
        ['disadv', 10, 5],
        ['nondisadv', 30, 23],
        ['eal', 8, 4],
        ['fle', 32, 24],
      ],
    ],
    [
      '110002',
      '2013/14',
      'Actual',
      [
        ['all', 20, 14],
        ['disadv', 10, 6],
        ['nondisadv', 10, 8],
        ['eal', 4, 2],
        ['fle', 16, 12],
      ],
    ],
    [
      '110001',
      '2014/15',
      'Autumn',
      [
        ['all', 40, 30],
        ['disadv', 10, 7],
        ['nondisadv', 30, 23],
        ['eal', 8, 5],
        ['fle', 32, 25],
      ],
    ],
    [
      '110002',
      '2014/15',
      'Autumn',
      [
        ['all', 20, 14],
        ['disadv', 10, 5],
        ['nondisadv', 10, 9],
        ['eal', 4, 2],
        ['fle', 16, 12],
      ],
    ],
  ];
  const lines = returns.flatMap(([urn, year, round, groups]) =>
    groups.map(([g, cohort, value]) => `${urn},${year},KS2,${round},${g},${cohort},ks2_rwm_l4,${value}`),
  );
  store = await twoSchoolStore('sr-if-achieved-', [RETURNS_HEADER, ...lines].join('\n') + '\n');
  db = store.db;
  await writeFile(
    join(store.dir, 'national.csv'),
    'time_period,geographic_level,area_name,key_stage,measure,pupil_group,value\n' +
      '201314,National,England,KS2,ks2_rwm_l4,nondisadv,83\n201415,National,England,KS2,ks2_rwm_l4,nondisadv,85\n' +
      '201314,National,England,KS2,ks2_rwm_l4,fle,80\n',
  );
  expect((await cli(['comparators', 'import', join(store.dir, 'national.csv'), '--db', db])).code).toBe(0);
});

afterAll(async () => store.cleanup());

describe('report if-achieved', () => {
  it('reports only the groups the catalogue marks, city and school, by hand', async () => {
    const run = await ifAchieved();
    expect(run.code).toBe(0);
    const out = rows(run.out);
    expect(new Set(out.map((r) => r['pupil_group']))).toEqual(new Set(['disadv', 'eal']));
    // City disadvantaged: (5 + 6) / 20 = 55.0% last year, (7 + 5) / 20 = 60.0% predicted: +5.0.
    // Gap to other pupils nationally: 55.0 − 83 = −28.0 last year, 60.0 − 85 = −25.0 if achieved.
    expect(out.find((r) => r['level'] === 'city' && r['pupil_group'] === 'disadv')).toMatchObject({
      last_year: '2013/14',
      last_actual_rate: '55',
      predicted_rate: '60',
      change: '5',
      improves: 'yes',
      compared_with: 'nondisadv',
      gap_last_year: '-28',
      gap_if_achieved: '-25',
      gap: 'closes',
    });
    // City EAL: 6 / 12 = 50.0%, then 7 / 12 = 58.3%; first language English nationally 80 in
    // 2013/14, which stands in for 2014/15: −30.0, then −21.7.
    expect(out.find((r) => r['level'] === 'city' && r['pupil_group'] === 'eal')).toMatchObject({
      last_actual_rate: '50',
      predicted_rate: '58.3',
      change: '8.3',
      national_compared_from: '2013/14',
      gap_last_year: '-30',
      gap_if_achieved: '-21.7',
      gap: 'closes',
    });
    // Birch's disadvantaged: 6 / 10 = 60.0%, then 5 / 10 = 50.0%: −10.0; the gap −23.0 becomes −35.0.
    expect(out.find((r) => r['area_code'] === '110002' && r['pupil_group'] === 'disadv')).toMatchObject({
      change: '-10',
      improves: 'no',
      gap_last_year: '-23',
      gap_if_achieved: '-35',
      gap: 'widens',
    });
  });

  it('withholds with --published what the predictions report withholds, and all worked from it', async () => {
    const out = rows((await ifAchieved('--published')).out);
    // Birch's EAL pupils: 2 of 4, last year and this.
    expect(out.find((r) => r['area_code'] === '110002' && r['pupil_group'] === 'eal')).toMatchObject({
      last_actual_rate: 'c',
      predicted_rate: 'c',
      change: 'c',
      improves: 'c',
      gap: 'c',
    });
  });

  it('writes a table for the Board paper in markdown', async () => {
    const md = (await ifAchieved('--format', 'md')).out.join('\n');
    expect(md).toContain(
      '| City: Kingsmere | Disadvantaged (FSM/PPG) | RWM L4+ | 55.0 | 60.0 | +5.0 | yes | ' +
        'Other pupils (not disadvantaged) | -28.0 | -25.0 | closes |',
    );
  });
});
