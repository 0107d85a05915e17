// Every refusal and query of an attendance return (schemas/README.md §3), and a refused return shown
// as refused in the report, never as a figure.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let db: string;
const HEADER =
  'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,persistent_absentees\n';
const importLine = async (name: string, lines: string) => {
  await writeFile(join(dir, name), HEADER + lines);
  return cli(['import', join(dir, name), '--verbose', '--db', db]);
};
const rulesOf = (out: string[], severity: string) =>
  out.flatMap((l) => {
    const m = new RegExp(`: ${severity} ([\\w.-]+):`).exec(l);
    return m ? [m[1]] : [];
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-attrules-'));
  db = await testStoreLocation(dir);
  await writeFile(
    join(dir, 'gias.csv'),
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\n' +
      '110001,874,2001,Alder Primary,Community school,Open,Primary\n110002,874,2002,Birch Primary,Community school,Open,Primary\n',
  );
  expect((await cli(['register', 'import', join(dir, 'gias.csv'), '--la', '874', '--db', db])).code).toBe(0);
});

afterAll(async () => {
  await removeTestDir(dir);
});

describe('attendance refusals', () => {
  it.each([
    ['a negative count', '110001,2014/15,Autumn,All pupils,200,20000,-5,200,10\n', 'attendance.negative'],
    ['a count that is not whole', '110001,2014/15,Autumn,All pupils,200,20000,600.5,200,10\n', 'attendance.not-whole'],
    [
      'absence above possible sessions',
      '110001,2014/15,Autumn,All pupils,200,20000,15000,6000,10\n',
      'attendance.absence-above-possible',
    ],
    [
      'persistent absentees above enrolments',
      '110001,2014/15,Autumn,All pupils,200,20000,600,200,201\n',
      'attendance.absent-above-roll',
    ],
    [
      'a school not in the register',
      '999999,2014/15,Autumn,All pupils,200,20000,600,200,10\n',
      'school.not-in-register',
    ],
    [
      'a term that is not Autumn, Spring or Summer',
      '110001,2014/15,Winter,All pupils,200,20000,600,200,10\n',
      'header.unrecognised',
    ],
  ])('refuses %s', async (_what, line, rule) => {
    const run = await importLine('refused.csv', line);
    expect(run.code).toBe(1);
    expect(rulesOf(run.out, 'error')).toContain(rule);
  });
});

describe('attendance refusals, in their words', () => {
  it('asks for sessions, not pupils, when a session count is negative or not whole', async () => {
    const negative = await importLine('negative.csv', '110001,2014/15,Autumn,All pupils,200,20000,-5,200,10\n');
    expect(negative.out.join('\n')).toContain(
      'Authorised absence for All pupils is -5, below zero: enter the number of sessions (0 if none)',
    );
    const part = await importLine('part.csv', '110001,2014/15,Autumn,All pupils,200,20000,600,200,10.5\n');
    expect(part.out.join('\n')).toContain(
      'Persistent absentees for All pupils is 10.5, not a whole number: enter the number of pupils, not a rate or an average',
    );
  });

  it('names an Excel error in an attendance cell as one', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Attendance');
    for (const row of [['URN', '110001'], ['Academic year', '2014/15'], ['Term', 'Autumn'], []]) ws.addRow(row);
    ws.addRow([
      'Pupil group',
      'Enrolments',
      'Possible sessions',
      'Authorised absence',
      'Unauthorised absence',
      'Persistent absentees',
    ]);
    ws.addRow(['All pupils', 200, 20000, 600, 200, 10]);
    ws.getCell('D6').value = { formula: 'D7/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(join(dir, 'div0.xlsx'));
    const run = await cli(['import', join(dir, 'div0.xlsx'), '--db', db]);
    expect(run.out[0]).toContain(
      'Attendance!D6: Authorised absence for All pupils shows the Excel error #DIV/0!: correct the formula or type the value',
    );
  });

  it('refuses a workbook whose possible sessions are a formula with no saved result, which no total could include', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Attendance');
    for (const row of [['URN', '110001'], ['Academic year', '2014/15'], ['Term', 'Autumn'], []]) ws.addRow(row);
    ws.addRow([
      'Pupil group',
      'Enrolments',
      'Possible sessions',
      'Authorised absence',
      'Unauthorised absence',
      'Persistent absentees',
    ]);
    ws.addRow(['All pupils', 200, null, 600, 200, 10]);
    ws.getCell('C6').value = { formula: 'B6*100' } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(join(dir, 'formula.xlsx'));
    const run = await cli(['import', join(dir, 'formula.xlsx'), '--db', db]);
    expect(run.code).toBe(1);
    expect(run.out[0]).toContain(
      'Attendance!C6: Possible sessions for All pupils is a formula with no saved result, and the return cannot be summed without it',
    );
  });
});

describe('attendance queries', () => {
  it('queries sessions per pupil beyond a term (30000 / 150 = 200 > 150) and absence above 20% (5000 / 20000 = 25%)', async () => {
    const run = await importLine(
      'queries.csv',
      '110002,2014/15,Autumn,All pupils,150,30000,600,200,10\n110002,2014/15,Autumn,Boys,100,20000,4000,1000,5\n',
    );
    expect(run.code).toBe(0);
    expect(rulesOf(run.out, 'query').sort()).toEqual([
      'attendance.high-absence',
      'attendance.sessions-per-pupil',
      'attendance.sessions-per-pupil',
    ]);
  });

  it('queries possible sessions with no enrolments to have them', async () => {
    const run = await importLine('no-pupils.csv', '110002,2013/14,Summer,All pupils,0,8598,300,100,0\n');
    expect(rulesOf(run.out, 'query')).toEqual(['attendance.sessions-without-pupils']);
    expect(run.out.join('\n')).toContain(
      'for All pupils, there are 8598 possible sessions but no enrolments: check both figures',
    );
  });

  it("queries enrolments that changed by more than half since the school's last return (150 → 320)", async () => {
    const run = await importLine('spring.csv', '110002,2014/15,Spring,All pupils,320,38000,900,300,12\n');
    expect(rulesOf(run.out, 'query')).toEqual(['attendance.enrolments-changed']);
    expect(run.out.join('\n')).toContain(
      "enrolments are 320, against 150 in the school's previous return (Autumn 2014/15)",
    );
  });
});

describe('a refused return in the report', () => {
  it('is listed as refused, not ranked and not counted', async () => {
    const run = await cli(['report', 'attendance', '--year', '2014/15', '--term', 'Autumn', '--db', db]);
    const rows = parse(run.out.join('\n'), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r['area_code'] === '110001')).toMatchObject({
      status: 'refused: see the import messages',
      rank_overall_absence: '',
    });
    // The city is Birch alone: (600 + 200) / 30000 = 2.7%.
    expect(rows.find((r) => r['level'] === 'city' && r['pupil_group'] === 'all')).toMatchObject({
      overall_absence_rate: '2.7',
      possible_sessions: '30000',
    });
  });
});
