// Every --format ees export the tool can write, from a small city, passes the standard's rules
// (ees-rules.ts, written apart from the writer); a published export withholds exactly the cells
// the published csv does; a csv for a person has a byte order mark and an EES export has none.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { cli } from '../../cli/run-cli.js';
import { readCsvFile } from '../../support/csv-file.js';
import { SCOPE, type HtmlCity } from '../html/html-city.js';
import { resultsCity } from './results-city.js';
import { eesProblems } from './ees-rules.js';

let city: HtmlCity;

beforeAll(async () => {
  city = await resultsCity();
}, 120_000);
afterAll(() => city?.cleanup());

const KS2 = ['--key-stage', 'KS2', '--round', 'Autumn'];
const EXPORTS: Record<string, string[]> = {
  predictions: ['report', 'predictions', ...SCOPE, '--level', 'city,group,school'],
  predictions_published: ['report', 'predictions', ...SCOPE, '--level', 'city,group,school', '--published'],
  rounds: ['report', 'predictions', ...SCOPE, '--compare', 'Autumn,Spring', '--level', 'city,group,school'],
  accuracy: ['report', 'accuracy', '--year', '2014/15', ...KS2],
  attendance: ['report', 'attendance', '--year', '2014/15', '--term', 'Autumn'],
  attendance_published: ['report', 'attendance', '--year', '2014/15', '--term', 'Autumn', '--published'],
  attendance_ytd: ['report', 'attendance', '--year', '2013/14', '--term', 'Summer', '--ytd'],
  attendance_primary: ['report', 'attendance', '--year', '2014/15', '--term', 'Autumn', '--phase', 'primary'],
  concern: ['report', 'attendance-concern', '--year', '2014/15', '--term', 'Autumn'],
  forecast: ['report', 'forecast', ...SCOPE, '--level', 'city,group,school'],
  forecast_published: ['report', 'forecast', ...SCOPE, '--level', 'city,group,school', '--published'],
  backtest: ['report', 'forecast', '--backtest', ...KS2],
  if_achieved: ['report', 'if-achieved', ...SCOPE],
};

async function exportOf(name: string): Promise<{ data: string; meta: string }> {
  const out = join(city.dir, 'ees', `${name}.csv`);
  const run = await cli([...EXPORTS[name]!, '--format', 'ees', '--out', out, '--db', city.db]);
  expect(run.code, run.err.join('\n')).toBe(0);
  expect(run.out).toEqual([`Wrote ${out}`, `Wrote ${out.replace(/\.csv$/, '.meta.csv')}`]);
  return { data: await readFile(out, 'utf8'), meta: await readFile(out.replace(/\.csv$/, '.meta.csv'), 'utf8') };
}

const records = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

describe('--format ees', () => {
  it.each(Object.keys(EXPORTS))('%s: passes every rule of the EES data standard', async (name) => {
    const { data, meta } = await exportOf(name);
    expect(eesProblems(data, meta)).toEqual([]);
    // Labels, not codes, in the pupil group filter: no catalogue code is written.
    const codes = new Set(catalogue().pupilGroups.map((g) => g.code));
    expect(records(data).filter((r) => codes.has(r['pupil_group'] ?? ''))).toEqual([]);
  });

  it('writes the city as its LA and a school with its URN, LAESTAB and LA, for 2014/15', async () => {
    const rows = records((await exportOf('predictions')).data);
    const city = rows.find((r) => r['geographic_level'] === 'Local authority' && r['collaborative_group'] === 'Total');
    expect(city).toMatchObject({ time_period: '201415', time_identifier: 'Academic year', la_name: 'Kingsmere' });
    expect(city).toMatchObject({ new_la_code: 'E06000031', old_la_code: '874', school_urn: '', pupil_group: 'Total' });
    const alder = rows.find((r) => r['school_urn'] === '110001' && r['pupil_group'] === 'Disadvantaged (FSM/PPG)');
    // 14 of Alder's 21 disadvantaged pupils predicted RWM L4+: 66.7%, 3.3 points below the national 70.
    expect(alder).toMatchObject({ school_laestab: '8742001', collaborative_group: 'North', ks2_rwm_l4_count: '14' });
    expect(alder).toMatchObject({ ks2_rwm_l4_rate: '66.7', ks2_rwm_l4_gap_to_national: '-3.3' });
  });

  it('names a term, and the year to date to the summer as the academic year', async () => {
    expect(records((await exportOf('attendance')).data)[0]!['time_identifier']).toBe('Autumn term');
    const ytd = records((await exportOf('attendance_ytd')).data)[0]!;
    expect([ytd['time_period'], ytd['time_identifier']]).toEqual(['201314', 'Academic year']);
  });

  it('withholds as c exactly the cells the published csv withholds', async () => {
    const csvPath = join(city.dir, 'published.csv');
    const args = [...EXPORTS['predictions_published']!, '--db', city.db, '--out', csvPath];
    expect((await cli(args)).code).toBe(0);
    const cat = catalogue();
    const label = (code: string) => (code === cat.wholeCohort ? 'Total' : cat.pupilGroup(code).label);
    const fromCsv = records(await readCsvFile(csvPath))
      .filter((r) => r['rate'] === 'c')
      .map(
        (r) =>
          `${r['level'] === 'school' ? r['area_code'] : r['area_name']}|${label(r['pupil_group']!)}|${r['measure']}`,
      );
    const fromEes = records((await exportOf('predictions_published')).data).flatMap((r) =>
      Object.entries(r)
        .filter(([k, v]) => k.endsWith('_rate') && !k.includes('national') && v === 'c')
        .map(([k]) => {
          const where =
            r['school_urn'] || (r['collaborative_group'] === 'Total' ? r['la_name'] : r['collaborative_group']);
          return `${where}|${r['pupil_group']}|${k.replace(/_rate$/, '')}`;
        }),
    );
    expect(fromCsv.length).toBeGreaterThan(0);
    expect(fromEes.sort()).toEqual(fromCsv.sort());
  });

  it('writes no export with no rows: one line, exit 1', async () => {
    const out = join(city.dir, 'ees', 'none.csv');
    const run = await cli([
      'report',
      'if-achieved',
      ...SCOPE,
      '--year',
      '2013/14',
      '--format',
      'ees',
      '--out',
      out,
      '--db',
      city.db,
    ]);
    expect([run.code, run.err.at(-1)]).toEqual([
      1,
      `school-returns: nothing to export: ${out} not written (EES takes no data file without rows)`,
    ]);
  });

  it('refuses --out that is not NAME.csv in lower case, before reading the store', async () => {
    const run = await cli([...EXPORTS['predictions']!, '--format', 'ees', '--db', city.db]);
    expect(run.code).toBe(2);
  });
});

describe('the rules can fail', () => {
  it('find a blank indicator, a code for a filter, a bad time period and a meta row missing', () => {
    const data =
      'time_period,time_identifier,geographic_level,country_code,country_name,pupil_group,rate,count\n' +
      '2014/15,Academic year,National,E92000001,England,all_pupils,,5\n';
    const meta =
      'col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\n' +
      'pupil_group,Filter,Pupil group,,,,,\nrate,Indicator,Rate,,percent,1,,\n';
    expect(eesProblems(data, meta)).toEqual([
      'meta: no row for the data column count',
      'meta: rate unit "percent"',
      'data row 2, time_period: "2014/15"',
      'data row 2, rate: "" is not a number or a GSS symbol',
      'pupil_group: "all_pupils" looks like a code',
    ]);
  });

  it('find a school row without its LAESTAB and an LA column on a National row', () => {
    const data =
      'time_period,time_identifier,geographic_level,country_code,country_name,new_la_code,la_name,school_urn,' +
      'school_laestab,school_name,n\n' +
      '201415,Academic year,School,E92000001,England,E06000031,Kingsmere,110001,,Alder,1\n' +
      '201415,Academic year,National,E92000001,England,E06000031,,,,,2\n';
    const meta =
      'col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\n' +
      'n,Indicator,N,,,0,,\n';
    expect(eesProblems(data, meta)).toEqual([
      'data row 2, school_laestab: blank or missing for School',
      'data row 3, new_la_code: "E06000031" on a National row',
    ]);
  });
});
