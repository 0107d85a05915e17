// Accuracy and round comparisons for a reader (issue 13): `report accuracy --format md` has a table
// for each --level asked for, `--compare` writes md as well as csv, with labels (never codes) for
// a person, and a year with no data is one line and exit 1, not an empty report. Worked by hand:
// Alder predicted 42 of 60 (70.0%) in the autumn, 45 (75.0%) in the spring, and 48 (80.0%) came true.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let db: string;
const run = (...args: string[]) => cli([...args, '--db', db]);
const ACCURACY = ['report', 'accuracy', '--year', '2014/15', '--key-stage', 'KS2', '--format', 'md'];
const COMPARE = ['report', 'predictions', '--year', '2014/15', '--key-stage', 'KS2', '--compare', 'Autumn,Spring'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-readers-'));
  db = await testStoreLocation(dir);
  await writeFile(
    join(dir, 'gias.csv'),
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\n' +
      '110001,874,2001,Alder Primary,Community school,Open,Primary\n',
  );
  await writeFile(
    join(dir, 'returns.csv'),
    'urn,academic_year,key_stage,round,pupil_group,cohort,measure,value\n' +
      '110001,2014/15,KS2,Autumn,all,60,ks2_rwm_l4,42\n110001,2014/15,KS2,Spring,all,60,ks2_rwm_l4,45\n' +
      '110001,2014/15,KS2,Actual,all,60,ks2_rwm_l4,48\n',
  );
  expect((await run('register', 'import', join(dir, 'gias.csv'), '--la', '874')).code).toBe(0);
  expect((await run('import', join(dir, 'returns.csv'))).code).toBe(0);
});
afterAll(() => removeTestDir(dir));

describe('report accuracy --format md', () => {
  it('has the city alone with --level city', async () => {
    const md = (await run(...ACCURACY, '--level', 'city')).out.join('\n');
    expect(md).toContain('| All pupils | RWM L4+ | 70.0 | 80.0 | -10.0 |');
    expect(md).not.toContain('Alder Primary');
  });

  it('has a table of the schools, named, with --level school', async () => {
    const md = (await run(...ACCURACY, '--level', 'school')).out.join('\n');
    expect(md).toContain('## Schools');
    expect(md).toContain('| Alder Primary (URN 110001) | All pupils | RWM L4+ | 70.0 | 80.0 | -10.0 |');
    expect(md).not.toContain('## City');
    expect(md).not.toContain('ks2_rwm_l4');
  });

  it("without --level, has the city and each school's bias, not every school's every figure", async () => {
    const md = (await run(...ACCURACY)).out.join('\n');
    expect(md).toContain('## City');
    expect(md).toContain('## How well each school predicts (every year in the store)');
    expect(md).not.toContain('## Schools');
  });

  it('is one line and exit 1 for a year with no data', async () => {
    const none = await cli(['report', 'accuracy', '--year', '2016/17', '--key-stage', 'KS2', '--db', db]);
    expect(none.code).toBe(1);
    expect(none.out).toEqual([]);
    expect(none.err).toHaveLength(1);
  });
});

describe('report predictions --compare', () => {
  it('writes md for a reader: labels, each round to one decimal and the change signed', async () => {
    const r = await run(...COMPARE, '--format', 'md', '--level', 'city,school');
    expect(r.code).toBe(0);
    const md = r.out.join('\n');
    expect(md).toContain('# KS2 2014/15: Autumn and Spring predictions side by side');
    expect(md).toContain('| Alder Primary (URN 110001) | All pupils | RWM L4+ | 70.0 | 75.0 | +5.0 |');
    expect(md).not.toMatch(/ks2_rwm_l4|\| all \|/);
  });

  it('puts each code beside its label in the csv', async () => {
    const csv = (await run(...COMPARE)).out.join('\n').split(/\r?\n/);
    expect(csv[0]).toBe(
      'level,area_code,area_name,pupil_group,pupil_group_label,measure,measure_label,rate_autumn,rate_spring,change',
    );
    expect(csv[1]).toBe('city,874,Kingsmere,all,All pupils,ks2_rwm_l4,RWM L4+,70,75,5');
  });
});

describe('report predictions', () => {
  it('is one line and exit 1 for a year with no data, and writes no file', async () => {
    const out = join(dir, 'empty.md');
    const none = await run(
      'report',
      'predictions',
      '--year',
      '2016/17',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--out',
      out,
    );
    expect(none.code).toBe(1);
    expect(none.err).toEqual(['school-returns: No accepted KS2 Autumn returns for 2016/17 in the store.']);
    await expect(rm(out)).rejects.toThrow();
  });
});
