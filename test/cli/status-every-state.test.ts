// The chase list: accepted, accepted with open queries, refused with its reason, not returned.
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
  dir = await mkdtemp(join(tmpdir(), 'sr-status-'));
  db = await testStoreLocation(dir);
  await writeFile(
    join(dir, 'gias.csv'),
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),StatutoryLowAge,StatutoryHighAge\n' +
      '110001,874,2001,Alder Primary,Community school,Open,Primary,4,11\n110002,874,2002,Birch Primary,Community school,Open,Primary,4,11\n' +
      '110003,874,2003,Cedar Primary,Community school,Open,Primary,4,11\n110004,874,2004,Damson Primary,Community school,Open,Primary,4,11\n' +
      '110005,874,2005,Elm Infant School,Community school,Open,Primary,4,7\n110006,874,2006,Fir Primary,Community school,Closed,Primary,4,11\n',
  );
  const header = 'urn,academic_year,key_stage,round,pupil_group,cohort,ks2_rwm_l4,ks2_read_l4\n';
  // Alder: clean. Birch: RWM L4+ 40 above Reading L4+ 35, a query. Cedar: 70 of a cohort of 60, refused.
  await writeFile(
    join(dir, 'returns.csv'),
    header +
      '110001,2014/15,KS2,Autumn,All pupils,60,45,50\n110002,2014/15,KS2,Autumn,All pupils,50,40,35\n110003,2014/15,KS2,Autumn,All pupils,60,70,55\n',
  );
  expect((await cli(['register', 'import', join(dir, 'gias.csv'), '--la', '874', '--db', db])).code).toBe(0);
  expect((await cli(['import', join(dir, 'returns.csv'), '--db', db])).code).toBe(1);
});

afterAll(async () => {
  await removeTestDir(dir);
});

describe('status', () => {
  it('lists each school that should return in its state; an infant school and a closed school are not asked', async () => {
    const run = await cli([
      'status',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--format',
      'csv',
      '--db',
      db,
    ]);
    const rows = parse(run.out.join('\n'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r['urn'], r['state'], r['open_queries']])).toEqual([
      ['110001', 'accepted', '0'],
      ['110002', 'accepted with open queries', '1'],
      ['110003', 'refused', '0'],
      ['110004', 'not returned', '0'],
    ]);
    expect(rows[2]!['reason']).toBe(
      'RWM L4+ for All pupils is 70 but the cohort is 60: this looks like a percentage; enter the number of pupils, or a percentage with %',
    );
    expect(rows[0]!['imported_at']).toBe('2026-11-22T09:00:00.000Z');
  });

  it('sums the states up in text form', async () => {
    const run = await cli(['status', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn', '--db', db]);
    expect(run.out.at(-1)).toBe('4 schools: 1 accepted, 1 with open queries, 1 refused, 1 not returned');
  });
});
