// Attendance end to end: a CSV of termly returns for five schools (one never returns, one
// refused in spring), ranked and summed, every figure worked by hand below.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let db: string;
const rowsOf = (out: string[]) => parse(out.join('\n'), { columns: true }) as Record<string, string>[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-att-'));
  db = await testStoreLocation(dir);
  await writeFile(
    join(dir, 'gias.csv'),
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\n' +
      '110001,874,2001,Alder Primary,Community school,Open,Primary\n110002,874,2002,Birch Primary,Community school,Open,Primary\n' +
      '110003,874,2003,Cedar Primary,Community school,Open,Primary\n110004,874,4001,Damson Academy,Academy converter,Open,Secondary\n' +
      '110005,874,2005,Elm Primary,Community school,Open,Primary\n',
  );
  await writeFile(
    join(dir, 'national.csv'),
    'time_period,geographic_level,area_name,key_stage,measure,pupil_group,value\n' +
      '201415,National,England,primary,overall_absence_rate,all,4.0\n201415,National,England,secondary,overall_absence_rate,all,5.3\n201415,National,England,all,overall_absence_rate,all,4.6\n',
  );
  const header =
    'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,persistent_absentees\n';
  await writeFile(
    join(dir, 'autumn.csv'),
    header +
      '110001,2014/15,Autumn,All pupils,200,20000,600,200,10\n110002,2014/15,Autumn,All pupils,100,10000,300,100,3\n' +
      '110003,2014/15,Autumn,All pupils,150,15000,700,200,15\n110004,2014/15,Autumn,All pupils,500,50000,2000,1500,50\n',
  );
  await writeFile(
    join(dir, 'spring.csv'),
    header +
      '110001,2014/15,Spring,All pupils,202,19000,500,150,12\n110003,2014/15,Spring,All pupils,150,14000,9000,6000,15\n',
  );
  for (const args of [
    ['register', 'import', join(dir, 'gias.csv'), '--la', '874'],
    ['comparators', 'import', join(dir, 'national.csv')],
  ]) {
    expect((await cli([...args, '--db', db])).code).toBe(0);
  }
});

afterAll(async () => {
  await removeTestDir(dir);
});

describe('attendance returns, ranked', () => {
  it('imports a term of returns for many schools from one CSV', async () => {
    const run = await cli(['import', join(dir, 'autumn.csv'), '--db', db]);
    expect(run.code).toBe(0);
    // One line for the file, with its count of returns.
    expect(run.out[0]).toMatch(/^accepted +\S+autumn\.csv \(4 returns: 4 accepted\)$/);
  });

  it('refuses a school whose absence is above its possible sessions, and keeps the others', async () => {
    const run = await cli(['import', join(dir, 'spring.csv'), '--db', db]);
    expect(run.code).toBe(1);
    // Cedar: 9,000 + 6,000 = 15,000 absence sessions against 14,000 possible.
    expect(run.out.find((l) => l.includes('110003'))).toContain(
      'authorised + unauthorised absence is 15000 sessions, more than the 14000 possible sessions',
    );
    expect(run.out[0]).toMatch(/^refused 1 of 2 +\S+spring\.csv \(2 returns: 1 accepted, 1 refused\)$/);
    expect(run.out[1]).toMatch(/^ {2}refused +URN 110003 /);
  });

  it('ranks by overall absence with ties sharing a rank, and lists the school that sent nothing', async () => {
    const run = await cli(['report', 'attendance', '--year', '2014/15', '--term', 'Autumn', '--db', db]);
    const rows = rowsOf(run.out).filter((r) => r['level'] === 'school');
    const by = (urn: string) => rows.find((r) => r['area_code'] === urn)!;
    // Alder 800/20000 = 4.0%, Birch 400/10000 = 4.0% (tie), Cedar 900/15000 = 6.0%, Damson 3500/50000 = 7.0%.
    expect([
      by('110001')['rank_overall_absence'],
      by('110002')['rank_overall_absence'],
      by('110003')['rank_overall_absence'],
      by('110004')['rank_overall_absence'],
    ]).toEqual(['1', '1', '3', '4']);
    // Persistent absence: Birch 3/100 = 3.0%, Alder 10/200 = 5.0%, Cedar 15/150 = 10.0%, Damson 50/500 = 10.0% (tie).
    expect([
      by('110002')['rank_persistent_absence'],
      by('110001')['rank_persistent_absence'],
      by('110003')['rank_persistent_absence'],
      by('110004')['rank_persistent_absence'],
    ]).toEqual(['1', '2', '3', '3']);
    expect(by('110005')).toMatchObject({ status: 'not returned', rank_overall_absence: '', overall_absence_rate: '' });
    // Gap to national for the school's phase: Damson 7.0 − 5.3 (secondary) = +1.7.
    expect(by('110004')).toMatchObject({ national_overall_absence_rate: '5.3', gap_overall_absence: '1.7' });
    // The city from sessions: (800 + 400 + 900 + 3500) / 95000 = 5.89% → 5.9; PA 78 / 950 = 8.2%.
    const city = rowsOf(run.out).find((r) => r['level'] === 'city')!;
    expect(city).toMatchObject({
      overall_absence_rate: '5.9',
      persistent_absence_rate: '8.2',
      possible_sessions: '95000',
    });
  });

  it('sums the year to date from sessions and will not give a figure for a school missing a term', async () => {
    const run = await cli(['report', 'attendance', '--year', '2014/15', '--term', 'Spring', '--ytd', '--db', db]);
    const rows = rowsOf(run.out).filter((r) => r['level'] === 'school');
    // Alder: (800 + 650) / (20000 + 19000) = 1450 / 39000 = 3.72% → 3.7.
    expect(rows.find((r) => r['area_code'] === '110001')).toMatchObject({
      overall_absence_rate: '3.7',
      rank_overall_absence: '1',
    });
    expect(rows.find((r) => r['area_code'] === '110003')!['status']).toBe('incomplete: no Spring return');
  });

  it('names the persistent-absence threshold of the year: 15% to 2014/15', async () => {
    const run = await cli([
      'report',
      'attendance',
      '--year',
      '2014/15',
      '--term',
      'Autumn',
      '--format',
      'md',
      '--db',
      db,
    ]);
    expect(run.out.join('\n')).toContain('threshold 15% of possible sessions for 2014/15');
    const later = await cli([
      'report',
      'attendance',
      '--year',
      '2015/16',
      '--term',
      'Autumn',
      '--format',
      'md',
      '--db',
      db,
    ]);
    // The store has no 2015/16 returns: one line and exit 1, not an empty report (issue 13).
    expect(later.code).toBe(1);
    expect(later.out).toEqual([]);
    expect(later.err).toEqual([
      'school-returns: No accepted attendance returns for Autumn 2015/16 in the store: no report written.',
    ]);
  });

  it('withholds a small number of persistent absentees when published, and a second school so the city total cannot give it away', async () => {
    const run = await cli(['report', 'attendance', '--year', '2014/15', '--term', 'Autumn', '--published', '--db', db]);
    const rows = rowsOf(run.out);
    const schools = rows.filter((r) => r['level'] === 'school' && r['status'] === 'returned');
    // Birch has 3 persistent absentees: 1 to 4 is withheld, with its rate and its rank.
    expect(schools.find((r) => r['area_code'] === '110002')).toMatchObject({
      persistent_absentees: 'c',
      persistent_absence_rate: 'c',
      rank_persistent_absence: '',
    });
    // The city's 78 stays; so one more school's count must go, or 78 − the rest would give Birch's 3.
    expect(schools.filter((r) => r['persistent_absentees'] === 'c').length).toBe(2);
    expect(rows.find((r) => r['level'] === 'city')!['persistent_absentees']).toBe('78');
    // Overall absence is not a small number: still shown and ranked.
    expect(schools.find((r) => r['area_code'] === '110002')).toMatchObject({
      overall_absence_rate: '4',
      rank_overall_absence: '1',
    });
    // Persistent absence is ranked among the schools whose rate is shown, so no rank leaves a gap
    // where a withheld school sits: Alder (5.0%) is the second withheld, and Cedar and Damson,
    // both 10.0%, share rank 1 (over every school they would be 3 and 3).
    expect(schools.find((r) => r['area_code'] === '110001')).toMatchObject({
      persistent_absentees: 'c',
      rank_persistent_absence: '',
    });
    expect(
      ['110003', '110004'].map((u) => schools.find((r) => r['area_code'] === u)!['rank_persistent_absence']),
    ).toEqual(['1', '1']);
  });

  it('withholds one more of all, boys and girls when one of them is a small number (all = boys + girls)', async () => {
    const header =
      'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,persistent_absentees\n';
    await writeFile(
      join(dir, 'summer.csv'),
      header +
        '110004,2014/15,Summer,All pupils,500,40000,1600,1200,40\n110004,2014/15,Summer,Boys,260,20800,900,700,36\n110004,2014/15,Summer,Girls,240,19200,700,500,4\n',
    );
    expect((await cli(['import', join(dir, 'summer.csv'), '--db', db])).code).toBe(0);
    const run = await cli(['report', 'attendance', '--year', '2014/15', '--term', 'Summer', '--published', '--db', db]);
    const damson = rowsOf(run.out).filter((r) => r['level'] === 'school' && r['area_code'] === '110004');
    const pa = (group: string) => damson.find((r) => r['pupil_group'] === group)!['persistent_absentees'];
    // Girls' 4 is withheld; were all (40) and boys (36) both shown, 40 − 36 would give it back.
    expect(pa('girls')).toBe('c');
    expect([pa('all'), pa('boys')]).toContain('c');
  });
});
