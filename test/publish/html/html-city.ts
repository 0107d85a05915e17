// A small city built through the command line, for the HTML report and charts tests: six
// schools (one named like markup, one with a tiny disadvantaged group, one whose only return is
// refused), two collaborative groups (one named like a formula), national figures, three
// prediction rounds, a superseded return, three terms of attendance (two schools never return
// one) and a city target.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, type CliRun } from '../../cli/run-cli.js';
import { removeTestDir, testStoreLocation } from '../../support/temp-store.js';

export const MARKUP_SCHOOL = '<script>alert(1)</script> & Co';
export const MARKUP_SCHOOL_ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co';
export const FORMULA_GROUP = '=SUM(1+1)';
export const REFUSED_FILE = 'late-<img>-return.csv';
/** Cedar's disadvantaged pupils: 3, of whom 1 reaches RWM L4+ (33.3%, 36.7 points below national): too few to publish. */
export const SMALL_SCHOOL = {
  urn: '110004',
  name: 'Cedar Primary',
  disadvantagedRate: '33.3',
  disadvantagedGap: '-36.7',
};

export interface HtmlCity {
  dir: string;
  db: string;
  cleanup(): Promise<void>;
}

const MEASURES = ['ks2_rwm_l4', 'ks2_read_l4', 'ks2_writ_l4', 'ks2_mat_l4'];
type Row = [string, number, number, number, number, number];

function proforma(year: string, round: string, schools: Record<string, Row[]>): string {
  const lines = [['urn', 'academic_year', 'key_stage', 'round', 'pupil_group', 'cohort', ...MEASURES].join(',')];
  for (const [urn, rows] of Object.entries(schools))
    for (const r of rows) lines.push([urn, year, 'KS2', round, ...r].join(','));
  return lines.join('\n') + '\n';
}

const AUTUMN_2014: Record<string, Row[]> = {
  110001: [
    ['All pupils', 58, 46, 52, 49, 51],
    ['Disadvantaged', 21, 14, 17, 16, 17],
    ['Other pupils', 37, 32, 35, 33, 34],
  ],
  110002: [
    ['All pupils', 30, 20, 25, 24, 26],
    ['Disadvantaged', 10, 5, 7, 6, 8],
    ['Other pupils', 20, 15, 18, 18, 18],
  ],
  110003: [
    ['All pupils', 40, 30, 34, 33, 35],
    ['Disadvantaged', 12, 7, 9, 9, 10],
    ['Other pupils', 28, 23, 25, 24, 25],
  ],
  110004: [
    ['All pupils', 10, 8, 9, 9, 10],
    ['Disadvantaged', 3, 1, 2, 2, 3],
    ['Other pupils', 7, 7, 7, 7, 7],
  ],
  110005: [
    ['All pupils', 45, 35, 40, 38, 41],
    ['Disadvantaged', 15, 9, 11, 10, 12],
    ['Other pupils', 30, 26, 29, 28, 29],
  ],
};

async function must(run: Promise<CliRun>, what: string, codes = [0]): Promise<CliRun> {
  const r = await run;
  if (!codes.includes(r.code)) throw new Error(`${what} exited ${r.code}: ${[...r.out, ...r.err].join('\n')}`);
  return r;
}

export async function htmlCity(): Promise<HtmlCity> {
  const dir = await mkdtemp(join(tmpdir(), 'sr-html-'));
  const db = await testStoreLocation(dir);
  const file = async (name: string, text: string) => {
    const p = join(dir, name);
    await writeFile(p, text);
    return p;
  };
  const gias = await file(
    'gias.csv',
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\n' +
      `110001,874,2001,Alder Primary,Community school,Open,Primary\n110002,874,2002,"${MARKUP_SCHOOL}",Community school,Open,Primary\n` +
      '110003,874,2003,Birch Primary,Community school,Open,Primary\n110004,874,2004,Cedar Primary,Community school,Open,Primary\n' +
      '110005,874,2005,Damson Primary,Community school,Open,Primary\n110006,874,2006,Elm Primary,Community school,Open,Primary\n',
  );
  const groups = await file(
    'groups.csv',
    'urn,academic_year,collaborative_group,triad\n' +
      `110001,2014/15,North,\n110002,2014/15,North,\n110003,2014/15,${FORMULA_GROUP},\n110004,2014/15,${FORMULA_GROUP},\n110005,2014/15,${FORMULA_GROUP},\n110006,2014/15,North,\n`,
  );
  const national = await file(
    'national.csv',
    'time_period,geographic_level,area_name,key_stage,measure,pupil_group,value\n' +
      [
        '201415,ks2_rwm_l4,all,80',
        '201415,ks2_rwm_l4,disadv,70',
        '201415,ks2_rwm_l4,nondisadv,85',
        '201415,ks2_read_l4,all,89',
        '201415,ks2_writ_l4,all,87',
        '201415,ks2_mat_l4,all,87',
        '201314,ks2_rwm_l4,all,79',
        '201314,ks2_rwm_l4,disadv,67',
        '201314,ks2_rwm_l4,nondisadv,83',
        '201314,ks2_read_l4,disadv,80',
      ]
        .map((l) => {
          const [tp, m, g, v] = l.split(',');
          return `${tp},National,England,KS2,${m},${g},${v}`;
        })
        .join('\n') +
      '\n' +
      '201415,National,England,primary,overall_absence_rate,all,4.0\n201415,National,England,all,overall_absence_rate,all,4.6\n' +
      '201415,National,England,all,persistent_absence_rate,all,3.7\n201415,National,England,primary,persistent_absence_rate,all,3.1\n',
  );
  const targets = await file(
    'targets.csv',
    'academic_year,scope,measure,pupil_group,value\n2014/15,city,overall_absence_rate,all,4.5\n',
  );
  for (const [args, what] of [
    [['register', 'import', gias, '--la', '874'], 'register'],
    [['groups', 'import', groups], 'groups'],
    [['comparators', 'import', national], 'comparators'],
    [['targets', 'import', targets], 'targets'],
  ] as const) {
    await must(cli([...args, '--db', db]), what);
  }

  await mkdir(join(dir, 'returns'));
  const ret = (name: string, text: string) => file(join('returns', name), text);
  // Birch's first autumn return, superseded by the corrected one below.
  const first = await ret(
    'birch-first.csv',
    proforma('2014/15', 'Autumn', { 110003: [['All pupils', 40, 20, 34, 33, 35]] }),
  );
  await must(cli(['import', first, '--db', db]), 'first return');
  await ret('autumn.csv', proforma('2014/15', 'Autumn', AUTUMN_2014));
  await ret(
    'autumn-2013.csv',
    proforma('2013/14', 'Autumn', {
      110001: [
        ['All pupils', 55, 41, 48, 46, 47],
        ['Disadvantaged', 20, 11, 14, 13, 14],
        ['Other pupils', 35, 30, 34, 33, 33],
      ],
      110003: [
        ['All pupils', 38, 27, 31, 30, 32],
        ['Disadvantaged', 11, 6, 8, 8, 9],
        ['Other pupils', 27, 21, 23, 22, 23],
      ],
    }),
  );
  await ret(
    'spring.csv',
    proforma('2014/15', 'Spring', {
      110001: [
        ['All pupils', 58, 47, 52, 50, 51],
        ['Disadvantaged', 21, 15, 17, 16, 17],
        ['Other pupils', 37, 32, 35, 34, 34],
      ],
      110003: [
        ['All pupils', 40, 31, 34, 33, 35],
        ['Disadvantaged', 12, 8, 9, 9, 10],
        ['Other pupils', 28, 23, 25, 24, 25],
      ],
    }),
  );
  // Elm's return claims more pupils than its cohort: refused.
  await ret(REFUSED_FILE, proforma('2014/15', 'Autumn', { 110006: [['All pupils', 30, 85, 25, 24, 26]] }));
  const head =
    'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,persistent_absentees\n';
  await ret(
    'attendance-spring-2014.csv',
    head +
      '110001,2013/14,Spring,All pupils,200,19000,700,250,11\n110003,2013/14,Spring,All pupils,150,14000,560,140,9\n',
  );
  await ret(
    'attendance-summer-2014.csv',
    head +
      '110001,2013/14,Summer,All pupils,200,15000,600,150,12\n110003,2013/14,Summer,All pupils,150,11000,450,100,8\n',
  );
  await ret(
    'attendance-autumn.csv',
    head +
      '110001,2014/15,Autumn,All pupils,200,20000,600,200,10\n110002,2014/15,Autumn,All pupils,100,10000,300,100,3\n' +
      '110003,2014/15,Autumn,All pupils,150,15000,700,200,15\n110004,2014/15,Autumn,All pupils,60,6000,200,60,4\n',
  );
  await must(cli(['import', join(dir, 'returns'), '--db', db]), 'import', [0, 1]);
  return { dir, db, cleanup: () => removeTestDir(dir) };
}

export const SCOPE = ['--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn'];

/** `report html` into the city's folder; the page's text. */
export async function reportHtml(
  city: HtmlCity,
  name: string,
  ...extra: string[]
): Promise<{ run: CliRun; path: string }> {
  const path = join(city.dir, 'reports', name);
  const run = await cli(['report', 'html', ...SCOPE, '--db', city.db, '--out', path, ...extra]);
  return { run, path };
}
