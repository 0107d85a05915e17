// --published: small counts become c, and so does whatever would let one be worked out.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-pub-'));
  db = await testStoreLocation(dir);
  await writeFile(
    join(dir, 'gias.csv'),
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\n' +
      '110001,874,2001,Alder Primary,Community school,Open,Primary\n',
  );
  // Boys: 4 of 20 reach it, a small count. Girls: 20 of 20, not small, but all − boys would give it away.
  await writeFile(
    join(dir, 'alder.csv'),
    'urn,academic_year,key_stage,round,pupil_group,cohort,ks2_rwm_l4\n' +
      '110001,2014/15,KS2,Autumn,All pupils,40,24\n110001,2014/15,KS2,Autumn,Boys,20,4\n110001,2014/15,KS2,Autumn,Girls,20,20\n' +
      // EAL: 8 of 8, a 100% rate in a group of 10 or fewer, says something of every pupil in it.
      '110001,2014/15,KS2,Autumn,EAL,8,8\n',
  );
  expect((await cli(['register', 'import', join(dir, 'gias.csv'), '--la', '874', '--db', db])).code).toBe(0);
  expect((await cli(['import', join(dir, 'alder.csv'), '--db', db])).code).toBe(0);
});

afterAll(async () => {
  await removeTestDir(dir);
});

describe('published predictions', () => {
  it('suppresses the small count and the part that would reveal it, and keeps the whole', async () => {
    const run = await cli([
      'report',
      'predictions',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--published',
      '--db',
      db,
    ]);
    const rows = parse(run.out.join('\n'), { columns: true }) as Record<string, string>[];
    const of = (group: string) => rows.find((r) => r['pupil_group'] === group)!;
    expect(of('all')).toMatchObject({ cohort: '40', count: '24', rate: '60' });
    // No national figure is in this store, so the gap is x (not available) either way.
    expect(of('boys')).toMatchObject({ count: 'c', rate: 'c', gap_to_national: 'x' });
    expect(of('girls')).toMatchObject({ count: 'c', rate: 'c' });
    expect(run.out.join('\n')).not.toMatch(/,4,20,/);
    expect(of('eal')).toMatchObject({ cohort: '8', count: 'c', rate: 'c' });
  });

  it('shows every figure when not published', async () => {
    const run = await cli([
      'report',
      'predictions',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--db',
      db,
    ]);
    const boys = (parse(run.out.join('\n'), { columns: true }) as Record<string, string>[]).find(
      (r) => r['pupil_group'] === 'boys',
    )!;
    expect(boys).toMatchObject({ count: '4', rate: '20' });
  });
});

describe('published tables at different levels', () => {
  it('hide the same cells whichever levels are asked for', async () => {
    const args = [
      'report',
      'predictions',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--published',
      '--db',
      db,
    ];
    const city = parse((await cli([...args, '--level', 'city'])).out.join('\n'), { columns: true }) as Record<
      string,
      string
    >[];
    const all = parse((await cli([...args, '--level', 'city,group,school'])).out.join('\n'), {
      columns: true,
    }) as Record<string, string>[];
    const cityInAll = all.filter((r) => r['level'] === 'city');
    expect(city).toEqual(cityInAll);
  });
});
