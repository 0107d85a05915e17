// Unvalidated beside validated, school by school: three Peterborough schools' attendance returns for
// 2012/13 (figures made up, worked by hand below) beside the performance tables' 2012/13 download,
// through the command line as a user runs it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildValidatedReport, type ValidatedReport } from '../../src/jobs/validated-report.js';
import { cli } from '../cli/run-cli.js';
import { importFolder } from '../support/import-files.js';
import { tempStore, writeIn, type TempStore } from '../support/temp-store.js';
import { eesProblems } from '../publish/ees/ees-rules.js';

const DOWNLOAD = fileURLToPath(
  new URL('../../fixtures/sources/dfe-school-absence-201213-england-874.csv', import.meta.url),
);

const HEADER =
  'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,' +
  'persistent_absentees';
/**
 * Each term: 136514 misses 150 + 50 of 10,000 sessions (2.0% over the year), 2 of 100 pupils persistently
 * absent (2.0%); 110893 misses 250 + 60 of 10,000 (3.1%), 5 of 200 (2.5%); 110700 misses 300 + 20 of 8,000
 * (4.0%), 3 of 150 (2.0%). 110757 returns nothing.
 */
const TERM = (term: string) =>
  [
    HEADER,
    `136514,2012/13,${term},all,100,10000,150,50,2`,
    `110893,2012/13,${term},all,200,10000,250,60,5`,
    `110700,2012/13,${term},all,150,8000,300,20,3`,
  ].join('\n') + '\n';

let store: TempStore;
let report: ValidatedReport;
let md: string[];

beforeAll(async () => {
  store = await tempStore([
    { urn: '136514', la: '874', establishmentNumber: '3386', name: 'Alder Primary School' },
    { urn: '110893', la: '874', establishmentNumber: '5205', name: 'Birch Special School', phase: 'Not applicable' },
    { urn: '110700', la: '874', establishmentNumber: '2234', name: 'Cedar Primary School' },
    { urn: '110757', la: '874', establishmentNumber: '2326', name: 'Damson Primary School' },
  ]);
  await importFolder(store, { 'a.csv': TERM('Autumn'), 'b.csv': TERM('Spring'), 'c.csv': TERM('Summer') });
  const imported = await cli(['validated', 'import', DOWNLOAD, '--year', '2012/13', '--db', store.location]);
  expect(imported.code).toBe(0);
  expect(imported.out.at(-1)).toBe(`${DOWNLOAD}: 136 validated figures of 68 schools stored (PERCTOT, PPERSABS15)`);
  report = await buildValidatedReport(store, { academicYear: '2012/13', keyStage: 'attendance', laCode: '874' });
  md = (await cli(['report', 'validated', '--year', '2012/13', '--db', store.location])).out.join('\n').split('\n');
});
afterAll(() => store.cleanup());

const db = () => ['--db', store.location];
const rowOf = (urn: string, measure: string) => report.rows.find((r) => r.urn === urn && r.measure === measure);

describe('report validated: the returns beside the performance tables, school by school', () => {
  it('sets each school’s overall absence from its returns beside the validated rate, with the difference', () => {
    expect(['136514', '110893', '110700', '110757'].map((u) => rowOf(u, 'overall_absence_rate'))).toEqual([
      {
        urn: '136514',
        measure: 'overall_absence_rate',
        paThreshold: 0,
        validated: 2.6,
        symbol: null,
        validatedRank: 1,
        unvalidated: 2,
        difference: -0.6,
      },
      {
        urn: '110893',
        measure: 'overall_absence_rate',
        paThreshold: 0,
        validated: 3.1,
        symbol: null,
        validatedRank: 2,
        unvalidated: 3.1,
        difference: 0,
      },
      {
        urn: '110700',
        measure: 'overall_absence_rate',
        paThreshold: 0,
        validated: 3.2,
        symbol: null,
        validatedRank: 3,
        unvalidated: 4,
        difference: 0.8,
      },
      {
        urn: '110757',
        measure: 'overall_absence_rate',
        paThreshold: 0,
        validated: 3.9,
        symbol: null,
        validatedRank: 11,
      },
    ]);
  });

  it('compares persistent absence at the same 15% threshold; a SUPP figure has no rank and no difference', () => {
    expect(rowOf('110700', 'persistent_absence_rate')).toMatchObject({ validated: 0, unvalidated: 2, difference: 2 });
    expect(rowOf('110893', 'persistent_absence_rate')).toEqual({
      urn: '110893',
      measure: 'persistent_absence_rate',
      paThreshold: 15,
      validated: null,
      symbol: 'SUPP',
      unvalidated: 2.5,
    });
    expect(report.unlike).toEqual([]);
  });

  it('prints a table per measure, the school named, c for SUPP and x where there is no figure', () => {
    expect(md[0]).toBe('# Validated against unvalidated: attendance, 2012/13');
    expect(md).toContain('| Alder Primary School (URN 136514) | 1 | 2.6 |  | 2.0 | -0.6 |');
    expect(md).toContain('| Damson Primary School (URN 110757) | 11 | 3.9 |  | x | x |');
    expect(md).toContain('| Birch Special School (URN 110893) |  | c | SUPP | 2.5 | x |');
    expect(md).toContain('| URN 110683 (not in the register) | 41 | 5.5 |  | x | x |');
  });

  it('EES tidy data passes the standard: a School row each; one the register lacks by LA and ESTAB', async () => {
    const out = join(store.dir, 'validated.csv');
    const run = await cli(['report', 'validated', '--year', '2012/13', '--format', 'ees', '--out', out, ...db()]);
    expect(run.code, run.err.join('\n')).toBe(0);
    const [data, meta] = [await readFile(out, 'utf8'), await readFile(out.replace(/\.csv$/, '.meta.csv'), 'utf8')];
    expect(eesProblems(data, meta)).toEqual([]);
    const rows = parse(data, { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r['school_urn'] === '136514')).toMatchObject({
      time_period: '201213',
      time_identifier: 'Academic year',
      geographic_level: 'School',
      school_laestab: '8743386',
      overall_absence_rate_validated_rank: '1',
      overall_absence_rate_validated: '2.6',
      overall_absence_rate_unvalidated: '2',
      overall_absence_rate_difference: '-0.6',
    });
    // Birch's persistent absence is SUPP in the tables: c, with no rank (x) and no difference (x).
    expect(rows.find((r) => r['school_urn'] === '110893')).toMatchObject({
      persistent_absence_rate_pa15_validated: 'c',
      persistent_absence_rate_pa15_validated_rank: 'x',
      persistent_absence_rate_pa15_difference: 'x',
    });
    expect(rows.find((r) => r['school_urn'] === '110683')).toMatchObject({
      school_laestab: '8742215',
      school_name: 'URN 110683 (not in the register)',
    });
  });

  it('writes an xlsx for a person: title, source, a table per measure in words, figures to one place', async () => {
    const out = join(store.dir, 'validated.xlsx');
    expect(
      (await cli(['report', 'validated', '--year', '2012/13', '--format', 'xlsx', '--out', out, ...db()])).code,
    ).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('Validated')!;
    expect(sheet.getCell('A1')).toMatchObject({
      value: 'Validated against unvalidated: attendance, 2012/13',
      font: { bold: true, size: 14 },
    });
    const firsts = sheet.getColumn(1).values as unknown[];
    expect(firsts).toContain(
      "Source: the DfE performance tables (dfe-school-absence-201213-england-874.csv) and Kingsmere's school " +
        'returns, from the school-returns store. Made 2026-11-22 09:00 UTC.',
    );
    const header = sheet.getRow(firsts.indexOf('School'));
    expect((header.values as unknown[]).slice(1)).toEqual([
      'School',
      'Validated rank',
      'Validated',
      'DfE symbol',
      'Unvalidated',
      'Difference',
    ]);
    header.eachCell((cell, column) =>
      expect(sheet.getColumn(column).width ?? 9).toBeGreaterThanOrEqual(String(cell.value).length),
    );
    const alder = sheet.getRow(header.number + 1);
    expect([2, 3, 5, 6].map((c) => [alder.getCell(c).value, alder.getCell(c).numFmt])).toEqual([
      [1, undefined],
      [2.6, '0.0'],
      [2, '0.0'],
      [-0.6, '+0.0;-0.0;0.0'],
    ]);
    const data = book.getWorksheet('Data')!;
    expect(data.views).toMatchObject([{ state: 'frozen', ySplit: 1 }]);
    expect((data.getRow(1).values as unknown[]).slice(5, 8)).toEqual(['measure', 'measure_label', 'pa_threshold']);
  });

  it("sets a KS2 table beside each school's Actual round, a rate from its counts", async () => {
    const results = [
      'urn,academic_year,key_stage,round,pupil_group,cohort,measure,value',
      '136514,2016/17,KS2,Actual,all,40,ks2_rwm_exs,26',
      '110700,2016/17,KS2,Actual,all,30,ks2_rwm_exs,21',
    ].join('\n');
    await importFolder(store, { 'actual.csv': results });
    const table = await writeIn(
      store,
      'england_ks2final.csv',
      'RECTYPE,LEA,ESTAB,URN,SCHNAME,PTRWM_EXP\n1,874,3386,136514,Alder,67%\n1,874,2234,110700,Cedar,NE\n',
    );
    expect((await cli(['validated', 'import', table, '--year', '2016/17', '--db', store.location])).code).toBe(0);
    const ks2 = await buildValidatedReport(store, { academicYear: '2016/17', keyStage: 'KS2', laCode: '874' });
    // 26 of 40 = 65.0% against 67%: −2.0; 21 of 30 = 70.0% against NE (no figure): no rank, no difference.
    expect(ks2.rows).toEqual([
      {
        urn: '136514',
        measure: 'ks2_rwm_exs',
        paThreshold: 0,
        validated: 67,
        symbol: null,
        validatedRank: 1,
        unvalidated: 65,
        difference: -2,
      },
      { urn: '110700', measure: 'ks2_rwm_exs', paThreshold: 0, validated: null, symbol: 'NE', unvalidated: 70 },
    ]);
  });
});
