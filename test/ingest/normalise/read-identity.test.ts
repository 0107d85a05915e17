// The header block's values read tolerantly (schemas/README.md §1) into the return's identity.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readIdentity } from '../../../src/ingest/normalise/read-identity.js';
import { gist, gistOf } from '../../messages/expect-message.js';
import { locateBytes, testContext } from '../../support/pipeline.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';

async function identityOf(header: [string, ExcelJS.CellValue][]) {
  const located = await locateBytes('ks2.xlsx', await proformaWorkbook({ header }));
  return readIdentity(located.returns[0]!, testContext.catalogue);
}

const base = { URN: '110001', 'Key stage': 'KS2', 'Academic year': '2014/15', Round: 'Autumn' } as Record<
  string,
  ExcelJS.CellValue
>;
const header = (changes: Record<string, ExcelJS.CellValue | undefined>) =>
  Object.entries({ ...base, ...changes }).filter(([, v]) => v !== undefined) as [string, ExcelJS.CellValue][];

describe('readIdentity', () => {
  it('refuses a label given twice with different meanings, at the second', async () => {
    const { messages } = await identityOf([
      ['URN', '110001'],
      ['URN', '110002'],
      ['Key stage', 'KS2'],
      ['Academic year', '2014/15'],
      ['Round', 'Autumn'],
    ]);
    expect(messages.map(gist)).toEqual([
      gistOf(
        'header.duplicate',
        { sheet: 'Predictions', cell: 'B2' },
        { label: 'URN', first: '110001', firstAt: 'B1', found: '110002' },
      ),
    ]);
  });

  it('does not compare two Key stage rows in an attendance return, which reads none', async () => {
    const bytes = await proformaWorkbook({
      sheetName: 'Attendance',
      header: [
        ['URN', '110001'],
        ['Key stage', 'KS1'],
        ['Key stage', 'KS2'],
        ['Academic year', '2014/15'],
        ['Term', 'Autumn'],
      ],
      columns: [
        'Enrolments',
        'Possible sessions',
        'Authorised absence',
        'Unauthorised absence',
        'Persistent absentees',
      ],
      rows: [['All pupils', 200, 20000, 600, 200, 10]],
    });
    expect(readIdentity((await locateBytes('att.xlsx', bytes)).returns[0]!, testContext.catalogue).messages).toEqual(
      [],
    );
  });

  it('accepts a label given twice in two spellings of one value, and a second School name', async () => {
    const { identity, messages } = await identityOf([
      ['URN', '110001'],
      ['Academic year', '2014/15'],
      ['Academic year', '2014-15'],
      ['Key stage', 'KS2'],
      ['Key stage', 'Key Stage 2'],
      ['Round', 'Autumn'],
      ['Round', 'autumn'],
      ['LAESTAB', '874/2001'],
      ['DfE number', '8742001'],
      ['School name', 'Alder'],
      ['School name', 'Alder Primary School'],
    ]);
    expect([identity.academicYear, identity.keyStage, identity.period, messages.map((m) => m.ruleId)]).toEqual([
      '2014/15',
      'KS2',
      'Autumn',
      [],
    ]);
  });

  it('does not read a key stage into an attendance return, which is for the whole school and term', async () => {
    const bytes = await proformaWorkbook({
      sheetName: 'Attendance',
      header: [
        ['URN', '110001'],
        ['Key stage', 'KS2'],
        ['Academic year', '2014/15'],
        ['Term', 'Autumn'],
      ],
      columns: [
        'Enrolments',
        'Possible sessions',
        'Authorised absence',
        'Unauthorised absence',
        'Persistent absentees',
      ],
      rows: [['All pupils', 200, 20000, 600, 200, 10]],
    });
    const { identity, messages } = readIdentity(
      (await locateBytes('att.xlsx', bytes)).returns[0]!,
      testContext.catalogue,
    );
    expect([identity.kind, identity.keyStage, identity.period, messages]).toEqual([
      'attendance',
      undefined,
      'Autumn',
      [],
    ]);
  });

  it('reads the key stage as written: KS2, Key Stage 2, KS 2, ks2', async () => {
    for (const written of ['KS2', 'Key Stage 2', 'KS 2', 'ks2']) {
      const { identity, messages } = await identityOf(header({ 'Key stage': written }));
      expect([written, identity.keyStage, messages]).toEqual([written, 'KS2', []]);
    }
  });

  it('reads the academic year as 2014/15, 2014-15, 2014/2015 or 201415', async () => {
    for (const written of ['2014/15', '2014-15', '2014/2015', '201415', '2014 / 15']) {
      const { identity } = await identityOf(header({ 'Academic year': written }));
      expect([written, identity.academicYear]).toEqual([written, '2014/15']);
    }
  });

  it('reads a LAESTAB written 874/2001 or typed as the number 8742001, and a URN typed as a number', async () => {
    expect((await identityOf(header({ URN: undefined, LAESTAB: '874/2001' }))).identity.laestab).toEqual({
      value: '8742001',
      place: { file: 'ks2.xlsx', sheet: 'Predictions', cell: 'B4' },
    });
    expect((await identityOf(header({ URN: 110001, LAESTAB: 8742001 }))).identity).toMatchObject({
      urn: { value: '110001' },
      laestab: { value: '8742001' },
    });
  });

  it('refuses a round it does not know, listing the rounds', async () => {
    const { identity, messages } = await identityOf(header({ Round: 'Winter' }));
    expect(identity.period).toBeUndefined();
    expect(messages.map(gist)).toEqual([
      gistOf(
        'header.unrecognised',
        { sheet: 'Predictions', cell: 'B4' },
        { label: 'Round', found: 'Winter', expected: 'one of Autumn, Spring, Summer, Actual' },
      ),
    ]);
  });

  it('refuses a year whose second half does not follow the first, and a URN of 5 digits', async () => {
    const { messages } = await identityOf(header({ 'Academic year': '2014/16', URN: '11000' }));
    expect(messages.map(gist)).toEqual([
      gistOf(
        'header.unrecognised',
        { sheet: 'Predictions', cell: 'B1' },
        { label: 'URN', found: '11000', expected: 'a URN of 6 digits' },
      ),
      gistOf(
        'header.unrecognised',
        { sheet: 'Predictions', cell: 'B3' },
        { label: 'Academic year', found: '2014/16', expected: 'a year as 2014/15' },
      ),
    ]);
  });

  it('says which required value is missing: URN or LAESTAB, key stage', async () => {
    const { messages } = await identityOf(header({ URN: undefined, 'Key stage': undefined }));
    expect(messages.map(gist)).toEqual([
      gistOf('header.missing', { sheet: 'Predictions', cell: 'A1' }, { label: 'URN or LAESTAB' }),
      gistOf('header.missing', { sheet: 'Predictions', cell: 'A1' }, { label: 'Key stage' }),
    ]);
  });
});
