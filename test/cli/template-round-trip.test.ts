// A generated template, filled in by a program as a school would, imports with no message.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let db: string;

async function fill(path: string, sheetName: string, values: Record<string, (number | null)[]>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as never);
  const ws = wb.getWorksheet(sheetName)!;
  ws.eachRow((row) => {
    const figures = values[String(row.getCell(1).value)];
    figures?.forEach((v, i) => {
      row.getCell(i + 2).value = v;
    });
  });
  ws.eachRow((row) => {
    if (row.getCell(1).value === 'Completed by') row.getCell(2).value = 'A. Head';
    // As a school's program would: a real date, which must not turn the counts into dates.
    if (row.getCell(1).value === 'Sessions from' || row.getCell(1).value === 'Date completed')
      row.getCell(2).value = new Date(Date.UTC(2014, 8, 1));
  });
  await writeFile(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-tpl-'));
  db = await testStoreLocation(dir);
  await writeFile(
    join(dir, 'gias.csv'),
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\n' +
      '110001,874,2001,St Mary’s CofE Primary,Voluntary aided school,Open,Primary\n110002,874,4001,Damson Academy,Academy converter,Open,Secondary\n',
  );
  expect((await cli(['register', 'import', join(dir, 'gias.csv'), '--la', '874', '--db', db])).code).toBe(0);
});

afterAll(async () => {
  await removeTestDir(dir);
});

describe('templates', () => {
  it('writes a KS2 proforma for each primary school only', async () => {
    const run = await cli([
      'template',
      'predictions',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--all',
      '--out',
      join(dir, 'ks2'),
      '--db',
      db,
    ]);
    expect(run.out).toEqual([
      `wrote ${join(dir, 'ks2', '110001-st-marys-cofe-primary-ks2-2014-15-autumn.xlsx')}`,
      '1 template written',
    ]);
  });

  it('will not write a KS2 proforma for one named secondary school', async () => {
    const run = await cli([
      'template',
      'predictions',
      '--year',
      '2014/15',
      '--key-stage',
      'KS2',
      '--round',
      'Autumn',
      '--school',
      '110002',
      '--out',
      join(dir, 'ks2-one'),
      '--db',
      db,
    ]);
    expect([run.code, run.err]).toEqual([
      1,
      [
        'school-returns: URN 110002 makes no such return: it is not in the register, was not open in the year, or does not teach the key stage',
      ],
    ]);
  });

  it('imports a filled-in proforma with no message at all', async () => {
    const path = join(dir, 'ks2', '110001-st-marys-cofe-primary-ks2-2014-15-autumn.xlsx');
    // Cohort, then RWM L4+, L4B+, L5+, Reading, Writing, Maths, GPS L4+, 2LP reading, writing, maths.
    await fill(path, 'Predictions', {
      'All pupils': [30, 24, 20, 6, 27, 25, 26, 24, 27, 26, 27],
      Boys: [14, 11, 9, 2, 12, 11, 13, 11, 12, 12, 13],
      Girls: [16, 13, 11, 4, 15, 14, 13, 13, 15, 14, 14],
    });
    const run = await cli(['import', path, '--verbose', '--db', db]);
    expect(run.out).toEqual([
      `accepted             ${path} (URN 110001 KS2 2014/15 Autumn)`,
      '1 file, 1 return: 1 accepted (0 with queries), 0 refused',
    ]);
  });

  it('writes an attendance return that imports with no message when filled in', async () => {
    const run = await cli([
      'template',
      'attendance',
      '--year',
      '2014/15',
      '--term',
      'Autumn',
      '--school',
      '110002',
      '--out',
      join(dir, 'att'),
      '--db',
      db,
    ]);
    const path = run.out[0]!.replace('wrote ', '');
    await fill(path, 'Attendance', { 'All pupils': [900, 120000, 4000, 1500, 40, 12, 0, 3] });
    const imported = await cli(['import', path, '--verbose', '--db', db]);
    expect(imported.out[0]).toBe(`accepted             ${path} (URN 110002 2014/15 Autumn)`);
    expect(imported.out).toHaveLength(2);
  });
});
