// End to end through the command line: register, comparators, a folder of good and bad
// proformas, and the city table, with every figure worked out by hand below.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let db: string;

async function proforma(path: string, urn: string, rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Predictions');
  for (const r of [
    ['URN', urn],
    ['Key stage', 'KS2'],
    ['Academic year', '2014/15'],
    ['Round', 'Autumn'],
    [],
    ['Pupil group', 'Cohort', 'RWM L4+', 'Reading L4+', 'Writing L4+', 'Maths L4+'],
    ...rows,
  ])
    ws.addRow(r);
  await writeFile(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-cli-'));
  db = await testStoreLocation(dir);
  const gias =
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\r\n' +
    '110001,874,2001,Alder Primary,Community school,Open,Primary\r\n' +
    '110002,874,2002,St Mary’s Primary,Voluntary aided school,Open,Primary\r\n' +
    '110003,874,2003,Cedar Primary,Academy converter,Open,Primary\r\n' +
    '120001,873,2001,Elsewhere Primary,Community school,Open,Primary\r\n';
  await writeFile(join(dir, 'gias.csv'), iconv.encode(gias, 'windows-1252'));
  // National figures from shared/data/README.md: RWM L4+ 80% in 2015; disadvantaged 67% and
  // other pupils 83% only for 2014, so those fall back to 2013/14.
  await writeFile(
    join(dir, 'national.csv'),
    'time_period,geographic_level,area_name,key_stage,measure,pupil_group,value\n' +
      '201415,National,England,KS2,ks2_rwm_l4,all,80\n201314,National,England,KS2,ks2_rwm_l4,disadv,67\n201314,National,England,KS2,ks2_rwm_l4,nondisadv,83\n',
  );
  await mkdir(join(dir, 'returns'));
  await proforma(join(dir, 'returns', 'alder.xlsx'), '110001', [
    ['All pupils', 58, 46, 52, 49, 51],
    ['Disadvantaged', 21, 14, 17, 16, 17],
  ]);
  await proforma(join(dir, 'returns', 'st-marys.xlsx'), '110002', [
    ['All pupils', 30, 20, 25, 24, 26],
    ['FSM', 10, 5, 7, 6, 8],
  ]);
  await proforma(join(dir, 'returns', 'cedar.xlsx'), '110003', [['All pupils', 30, 85, 25, 24, 26]]);
});

afterAll(async () => {
  await removeTestDir(dir);
});

describe('import and the predictions table from the command line', () => {
  it("imports only the LA's schools from a Windows-1252 GIAS extract", async () => {
    const run = await cli(['register', 'import', join(dir, 'gias.csv'), '--la', '874', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.out.at(-1)).toBe(`${join(dir, 'gias.csv')}: 3 schools stored`);
  });

  it('imports the comparators', async () => {
    const run = await cli(['comparators', 'import', join(dir, 'national.csv'), '--db', db]);
    expect(run.code).toBe(0);
  });

  it('accepts the good returns, refuses the bad one with its cell and reason, and exits 1', async () => {
    const run = await cli(['import', join(dir, 'returns'), '--db', db, '--report', join(dir, 'messages.csv')]);
    expect(run.code).toBe(1);
    const cedar = run.out.find((l) => l.includes('cedar.xlsx'))!;
    expect(cedar).toMatch(/^refused/);
    expect(cedar).toContain('Predictions!C7: RWM L4+ for All pupils is 85 but the cohort is 30');
    expect(run.out.filter((l) => l.startsWith('accepted'))).toHaveLength(2);
    expect(run.out).toContain('Messages written to ' + join(dir, 'messages.csv'));
    expect(run.out.some((l) => l.startsWith('3 files, 3 returns: 2 accepted (0 with queries), 1 refused'))).toBe(true);
  });

  it('builds the city table as Σ count / Σ cohort of the accepted returns', async () => {
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
    expect(run.code).toBe(0);
    const rows = parse(run.out.join('\n'), { columns: true }) as Record<string, string>[];
    const all = rows.find((r) => r['pupil_group'] === 'all' && r['measure'] === 'ks2_rwm_l4')!;
    // (46 + 20) / (58 + 30) = 66 / 88 = 75.0%; 75.0 − 80 = −5.0 points. Cedar (refused) counts for nothing.
    expect(all).toMatchObject({
      level: 'city',
      area_code: '874',
      cohort: '88',
      count: '66',
      rate: '75',
      national_rate: '80',
      gap_to_national: '-5',
    });
    const disadv = rows.find((r) => r['pupil_group'] === 'disadv' && r['measure'] === 'ks2_rwm_l4')!;
    // (14 + 5) / (21 + 10) = 19 / 31 = 61.29% → 61.3; national 67 (2013/14) → −5.7; other pupils 83 → −21.7.
    expect(disadv).toMatchObject({
      cohort: '31',
      count: '19',
      rate: '61.3',
      national_rate: '67',
      national_year: '2013/14',
      gap_to_national: '-5.7',
      national_other_rate: '83',
      gap_to_national_other: '-21.7',
    });
  });

  it('re-importing the same folder changes nothing', async () => {
    const run = await cli(['import', join(dir, 'returns'), '--db', db]);
    expect(run.out.filter((l) => l.startsWith('already imported'))).toHaveLength(2);
  });

  it('will not report from a store that does not exist, and does not create one', async () => {
    const missing = join(dir, 'mistyped.sqlite');
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
      missing,
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      `school-returns: there is no store at ${missing}: import the register and returns first, or name the store with --db or SCHOOL_RETURNS_DB`,
    ]);
    expect(existsSync(missing)).toBe(false);
  });

  it('says in one line when --out cannot be written, without a stack trace', async () => {
    await writeFile(join(dir, 'a-file'), 'x');
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
      '--out',
      join(dir, 'a-file', 'report.csv'),
    ]);
    expect([run.code, run.err]).toEqual([
      2,
      [
        `school-returns: cannot use ${join(dir, 'a-file')}: part of the path is a file, not a folder; choose another path`,
      ],
    ]);
  });

  it('does not start a store for a dry run', async () => {
    const missing = join(dir, 'dry.sqlite');
    const run = await cli(['import', join(dir, 'returns'), '--dry-run', '--db', missing]);
    expect([run.code, existsSync(missing)]).toEqual([2, false]);
  });

  it('says plainly when a flag is wrong, without a stack trace', async () => {
    const run = await cli([
      'report',
      'predictions',
      '--year',
      '2014',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--db',
      db,
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual(['school-returns: --year "2014" is not an academic year such as 2014/15']);
  });
});
