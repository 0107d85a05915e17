// The queries raised for challenge on import, each worked by hand against schemas/settings.json:
// 10 points below last actual, the 2014/15 KS2 floor of 65%, a group 25+ points from all pupils.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let db: string;
const HEADER = 'urn,academic_year,key_stage,round,pupil_group,cohort,ks2_rwm_l4\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-rules-'));
  db = await testStoreLocation(dir);
  await writeFile(
    join(dir, 'gias.csv'),
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\n' +
      '110001,874,2001,Alder Primary,Community school,Open,Primary\n110002,874,2002,Birch Primary,Community school,Open,Primary\n',
  );
  expect((await cli(['register', 'import', join(dir, 'gias.csv'), '--la', '874', '--db', db])).code).toBe(0);
  // Alder's actual 2013/14: 54 / 60 = 90.0%.
  await writeFile(join(dir, 'actual.csv'), HEADER + '110001,2013/14,KS2,Actual,All pupils,60,54\n');
  expect((await cli(['import', join(dir, 'actual.csv'), '--db', db])).code).toBe(0);
});

afterAll(async () => {
  await removeTestDir(dir);
});

describe('queries for challenge', () => {
  it("queries a prediction more than 10 points below the school's last actual result", async () => {
    // 42 / 60 = 70.0%, 20 points below 90.0%; above the floor of 65%.
    await writeFile(join(dir, 'alder.csv'), HEADER + '110001,2014/15,KS2,Autumn,All pupils,60,42\n');
    const run = await cli(['import', join(dir, 'alder.csv'), '--verbose', '--db', db]);
    expect(run.out.filter((l) => l.includes(': query '))).toEqual([
      expect.stringContaining(
        "challenge.below-last-actual: RWM L4+ for All pupils is predicted at 70.0%, more than 10 points below the school's actual 90.0% in 2013/14",
      ),
    ]);
  });

  it('queries a prediction below the floor standard, and a group far from all pupils', async () => {
    // All: 36 / 60 = 60.0% < 65%. Boys: 6 / 30 = 20.0%, 40 points from 60.0%. Girls: 30 / 30 = 100%, 40 points.
    await writeFile(
      join(dir, 'birch.csv'),
      HEADER +
        '110002,2014/15,KS2,Autumn,All pupils,60,36\n110002,2014/15,KS2,Autumn,Boys,30,6\n110002,2014/15,KS2,Autumn,Girls,30,30\n',
    );
    const run = await cli(['import', join(dir, 'birch.csv'), '--verbose', '--db', db]);
    const rules = run.out.filter((l) => l.includes(': query ')).map((l) => /query ([\w.-]+):/.exec(l)![1]);
    expect(rules).toEqual([
      'challenge.below-floor',
      'challenge.group-far-from-whole',
      'challenge.group-far-from-whole',
    ]);
    expect(run.out.join('\n')).toContain(
      'RWM L4+ for all pupils is predicted at 60.0%, below the 2014/15 floor standard of 65%',
    );
  });
});
