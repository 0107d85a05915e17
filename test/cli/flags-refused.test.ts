// Flags that would be ignored or misread are refused in one line, saying what to give instead.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-flags-'));
  db = await testStoreLocation(dir);
  await writeFile(
    join(dir, 'gias.csv'),
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\n110001,874,2001,Alder Primary,Community school,Open,Primary\n',
  );
  expect((await cli(['register', 'import', join(dir, 'gias.csv'), '--la', '874', '--db', db])).code).toBe(0);
});
afterAll(async () => {
  await removeTestDir(dir);
});

const scope = ['--year', '2014/15', '--key-stage', 'KS2'];
const refused = async (args: string[]) => {
  const run = await cli([...args, '--db', db]);
  return [run.code, run.err];
};

describe('flags that would be ignored are refused', () => {
  it.each([
    [
      ['report', 'predictions', ...scope, '--compare', 'Autumn,Winter'],
      'school-returns: --compare: "Winter" is not one of Autumn, Spring, Summer, Actual',
    ],
    [
      ['report', 'predictions', ...scope, '--compare', 'Autumn,Autumn'],
      'school-returns: --compare "Autumn,Autumn" must list two or more different rounds, e.g. Autumn,Spring',
    ],
    [
      ['report', 'predictions', ...scope, '--compare', 'Autumn,Spring', '--format', 'pdf'],
      'school-returns: --compare writes csv, md, xlsx or ees: leave out --format, or give one of them',
    ],
    [
      ['report', 'predictions', ...scope, '--round', 'Autumn', '--threshold', '10'],
      'school-returns: --threshold applies only with --published',
    ],
    [['report', 'accuracy', ...scope, '--format', 'xlsx'], 'school-returns: --format xlsx needs --out FILE.xlsx'],
    [
      ['report', 'predictions', ...scope, '--round', 'Autumn', '--format', 'ees', '--out', 'Report.csv'],
      'school-returns: --format ees writes two files, NAME.csv and NAME.meta.csv: give --out NAME.csv ' +
        '(NAME in lower case letters, digits, _ and -, as EES names files)',
    ],
    [
      ['report', 'accuracy', ...scope, '--round', 'Actual'],
      'school-returns: --round is the prediction round to judge against Actual: Autumn, Spring or Summer',
    ],
    [
      ['status', '--year', '2014/15', '--term', 'Autumn', '--format', 'xml'],
      'school-returns: --format "xml" must be text or csv',
    ],
    [
      ['status', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn', '--term', 'Spring'],
      'school-returns: give --term for attendance, or --key-stage and --round for predictions, not both',
    ],
    [
      ['status', '--year', '2014/15', '--key-stage', 'KS3', '--round', 'Autumn'],
      'school-returns: --key-stage "KS3" is not one of EYFS, KS1, KS2, KS4',
    ],
    [
      ['charts', ...scope, '--round', 'Autumn', '--measure', 'ks4_att8', '--out', 'x'],
      'school-returns: --measure "ks4_att8" is not a KS2 measure in 2014/15: one of ',
    ],
    [
      ['audit', '--school', '999999'],
      'school-returns: nothing in the store for URN 999999: check the URN (school-returns status lists every school)',
    ],
  ])('%j', async (args, said) => {
    const [code, err] = await refused(args);
    expect(code).toBe(args[0] === 'audit' ? 1 : 2);
    expect((err as string[])[0]).toContain(said);
  });
});
