// Challenge: a query raised on import is listed, resolved with an amendment stored beside the
// return, used by the report (unless --as-returned) and shown in the school's audit.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let db: string;
const cityAll = (out: string[]) =>
  (parse(out.join('\n'), { columns: true }) as Record<string, string>[]).find(
    (r) => r['pupil_group'] === 'all' && r['measure'] === 'ks2_rwm_l4',
  )!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-chal-'));
  db = await testStoreLocation(dir);
  await writeFile(
    join(dir, 'gias.csv'),
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\n' +
      '110001,874,2001,Alder Primary,Community school,Open,Primary\n110002,874,2002,Birch Primary,Community school,Open,Primary\n',
  );
  // RWM L4+ 50 is above Reading L4+ 45: an implication breach, a query for challenge.
  await writeFile(
    join(dir, 'alder.csv'),
    'urn,academic_year,key_stage,round,pupil_group,cohort,ks2_rwm_l4,ks2_read_l4,ks2_writ_l4,ks2_mat_l4\n' +
      '110001,2014/15,KS2,Autumn,All pupils,60,50,45,52,55\n',
  );
  expect((await cli(['register', 'import', join(dir, 'gias.csv'), '--la', '874', '--db', db])).code).toBe(0);
  expect((await cli(['import', join(dir, 'alder.csv'), '--db', db])).out[0]).toMatch(/^accepted, 1 query/);
});

afterAll(async () => {
  await removeTestDir(dir);
});

describe('challenge and amendment', () => {
  it('lists the open query with its school and line', async () => {
    const run = await cli(['challenge', 'list', '--open', '--db', db]);
    expect(run.out).toHaveLength(1);
    expect(run.out[0]).toMatch(
      /^\s+\d+\s+open\s+URN 110001 Alder Primary KS2 2014\/15 Autumn line 2: RWM L4\+ for All pupils is 50, above Reading L4\+ \(45\)/,
    );
  });

  it('shows the chase list: one accepted with an open query, one not returned', async () => {
    const run = await cli(['status', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn', '--db', db]);
    expect(run.out.at(-1)).toBe('2 schools: 0 accepted, 1 with open queries, 0 refused, 1 not returned');
  });

  it('refuses an amendment above the cohort, then records one beside the return', async () => {
    const id = (await cli(['challenge', 'list', '--db', db])).out[0]!.trim().split(/\s+/)[0]!;
    const tooMany = await cli([
      'challenge',
      'resolve',
      id,
      '--amend',
      '61',
      '--reason',
      'typo',
      '--by',
      'J Adviser',
      '--db',
      db,
    ]);
    expect(tooMany.code).toBe(1);
    expect(tooMany.err[0]).toContain('61 is not a number of pupils from 0 to the cohort of 60');
    const run = await cli([
      'challenge',
      'resolve',
      id,
      '--amend',
      '44',
      '--reason',
      'agreed with the head: 44 secure',
      '--by',
      'J Adviser',
      '--db',
      db,
    ]);
    expect(run.code).toBe(0);
    expect(run.out[0]).toBe(`query ${id} resolved: amended from 50 to 44; the return itself is unchanged`);
  });

  it('reports the amended figure, and the original with --as-returned', async () => {
    const args = ['report', 'predictions', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn', '--db', db];
    // 44 / 60 = 73.3%; as returned 50 / 60 = 83.3%.
    expect(cityAll((await cli(args)).out)).toMatchObject({ count: '44', rate: '73.3' });
    expect(cityAll((await cli([...args, '--as-returned'])).out)).toMatchObject({ count: '50', rate: '83.3' });
  });

  it("prints the school's history with who, when, old and new value and why", async () => {
    const run = await cli(['audit', '--school', '110001', '--db', db]);
    expect(run.out[0]).toContain('imported from ' + join(dir, 'alder.csv'));
    expect(
      run.out.some((l) =>
        l.includes('RWM L4+ for All pupils amended from 50 to 44 by J Adviser: "agreed with the head: 44 secure"'),
      ),
    ).toBe(true);
    expect((await cli(['challenge', 'list', '--open', '--db', db])).out).toHaveLength(0);
  });
});

describe('challenge resolve: what it will not take, and a figure the school left blank', () => {
  let id = '';
  const resolve = (...extra: string[]) => cli(['challenge', 'resolve', id, ...extra, '--db', db]);
  beforeAll(async () => {
    // Birch: RWM L4+ 30 above Reading L4+ 25, a query; GPS L4+ left blank.
    await writeFile(
      join(dir, 'birch.csv'),
      'urn,academic_year,key_stage,round,pupil_group,cohort,ks2_rwm_l4,ks2_read_l4\n110002,2014/15,KS2,Autumn,All pupils,40,30,25\n',
    );
    expect((await cli(['import', join(dir, 'birch.csv'), '--db', db])).code).toBe(0);
    id = (await cli(['challenge', 'list', '--open', '--db', db])).out[0]!.trim().split(/\s+/)[0]!;
  });

  it('refuses a blank amendment, reason or name rather than store 0 or nobody', async () => {
    expect((await resolve('--amend', '', '--reason', 'r', '--by', 'b')).err).toEqual([
      'school-returns: --amend "" is not a number',
    ]);
    expect((await resolve('--accept', '--reason', ' ', '--by', 'b')).err).toEqual([
      'school-returns: --reason is blank: say why, for the audit trail',
    ]);
    expect((await resolve('--accept', '--reason', 'r', '--by', '')).err).toEqual([
      'school-returns: --by is blank: say who agreed it, for the audit trail',
    ]);
  });

  it('refuses a measure of another key stage', async () => {
    const run = await resolve('--amend', '4', '--measure', 'ks4_att8', '--reason', 'r', '--by', 'b');
    expect([run.code, run.err[0]]).toEqual([
      1,
      'school-returns: the return has no pupil group all or ks4_att8 is not a measure of its key stage and year: see the codes in schemas/catalogue',
    ]);
  });

  it('reports an agreed figure for a measure the school left blank', async () => {
    expect(
      (await resolve('--amend', '30', '--measure', 'ks2_gps_l4', '--reason', 'agreed at visit', '--by', 'J Adviser'))
        .out[0],
    ).toBe(`query ${id} resolved: amended from blank to 30; the return itself is unchanged`);
    const rows = parse(
      (
        await cli(['report', 'predictions', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn', '--db', db])
      ).out.join('\n'),
      { columns: true },
    ) as Record<string, string>[];
    // Alder returned no GPS L4+, so the city's is Birch's agreed 30 of 40 = 75.0%.
    expect(
      rows.find((r) => r['level'] === 'city' && r['pupil_group'] === 'all' && r['measure'] === 'ks2_gps_l4'),
    ).toMatchObject({ cohort: '40', count: '30', rate: '75' });
  });
});

describe('a corrected return after a query was answered', () => {
  it('says the answer stays with the return it replaced, and reports the new figures', async () => {
    await writeFile(
      join(dir, 'alder-corrected.csv'),
      'urn,academic_year,key_stage,round,pupil_group,cohort,ks2_rwm_l4,ks2_read_l4,ks2_writ_l4,ks2_mat_l4\n110001,2014/15,KS2,Autumn,All pupils,60,42,50,52,55\n',
    );
    const run = await cli(['import', join(dir, 'alder-corrected.csv'), '--db', db]);
    expect(run.out[0]).toMatch(
      /^accepted +\S+alder-corrected\.csv \(URN 110001 KS2 2014\/15 Autumn, supersedes return \d+; the query answered on it stays with it: see audit, and challenge again\)$/,
    );
    const rows = parse(
      (
        await cli([
          'report',
          'predictions',
          '--year',
          '2014/15',
          '--key-stage',
          'KS2',
          '--round',
          'Autumn',
          '--level',
          'school',
          '--db',
          db,
        ])
      ).out.join('\n'),
      { columns: true },
    ) as Record<string, string>[];
    // The corrected 42, not the 44 agreed on the return it replaced.
    expect(
      rows.find((r) => r['area_code'] === '110001' && r['pupil_group'] === 'all' && r['measure'] === 'ks2_rwm_l4'),
    ).toMatchObject({ count: '42' });
  });
});
