// Rounds side by side, and actual against predicted, worked by hand.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let db: string;
const rows = (out: string[]) => parse(out.join('\n'), { columns: true }) as Record<string, string>[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-acc-'));
  db = await testStoreLocation(dir);
  await writeFile(
    join(dir, 'gias.csv'),
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\n' +
      '110001,874,2001,Alder Primary,Community school,Open,Primary\n110002,874,2002,Birch Primary,Community school,Open,Primary\n',
  );
  await writeFile(
    join(dir, 'returns.csv'),
    'urn,academic_year,key_stage,round,pupil_group,cohort,measure,value\n' +
      '110001,2014/15,KS2,Autumn,all,60,ks2_rwm_l4,42\n110001,2014/15,KS2,Spring,all,60,ks2_rwm_l4,45\n110001,2014/15,KS2,Actual,all,60,ks2_rwm_l4,48\n' +
      '110002,2014/15,KS2,Autumn,all,40,ks2_rwm_l4,30\n110002,2014/15,KS2,Actual,all,40,ks2_rwm_l4,28\n',
  );
  expect((await cli(['register', 'import', join(dir, 'gias.csv'), '--la', '874', '--db', db])).code).toBe(0);
  expect((await cli(['import', join(dir, 'returns.csv'), '--db', db])).code).toBe(0);
});

afterAll(async () => {
  await removeTestDir(dir);
});

describe('rounds and accuracy', () => {
  it('shows the change between rounds for the city and each school', async () => {
    const run = await cli([
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
      '--db',
      db,
    ]);
    const city = rows(run.out).find((r) => r['level'] === 'city')!;
    // Autumn (42 + 30) / 100 = 72.0%; Spring only Alder has returned: 45 / 60 = 75.0%.
    expect(city).toMatchObject({ rate_autumn: '72', rate_spring: '75', change: '3' });
    expect(rows(run.out).find((r) => r['area_code'] === '110002')).toMatchObject({
      rate_autumn: '75',
      rate_spring: 'x',
      change: 'x',
    });
  });

  it("compares predicted with actual and measures each school's bias", async () => {
    const run = await cli(['report', 'accuracy', '--year', '2014/15', '--key-stage', 'KS2', '--db', db]);
    const out = rows(run.out);
    // City: predicted 72 / 100 = 72.0%, actual (48 + 28) / 100 = 76.0%: −4.0 points.
    expect(out.find((r) => r['level'] === 'city')).toMatchObject({ predicted: '72', actual: '76', difference: '-4' });
    // Alder 70.0 against 80.0: under-predicted by 10; Birch 75.0 against 70.0: over by 5.
    expect(out.find((r) => r['area_code'] === '110001')).toMatchObject({
      difference: '-10',
      school_mean_signed_error: '-10',
      school_mean_absolute_error: '10',
    });
    expect(out.find((r) => r['area_code'] === '110002')).toMatchObject({
      difference: '5',
      school_mean_signed_error: '5',
      school_mean_absolute_error: '5',
    });
  });
});
