// Locating a return in a workbook (schemas/README.md §1): the sheet ("Predictions" in any case, else
// the one visible sheet), the header block above the table, and the table from its "Pupil group"
// row to the first blank row.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { locateBytes } from '../../support/pipeline.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { cellText } from '../../../src/ingest/read/raw-sheet.js';
import { EXAMPLE_ROWS } from '../../support/example.js';
import { gist, gistOf } from '../../messages/expect-message.js';

describe('locateWorkbook: the sheet', () => {
  it('chooses the sheet named Predictions whatever its case, among other visible sheets', async () => {
    const located = await locateBytes(
      'ks2.xlsx',
      await proformaWorkbook({
        sheetName: 'PREDICTIONS ',
        otherSheets: [{ name: 'Instructions', rows: [['Pupil group']] }],
      }),
    );
    expect(located.messages).toEqual([]);
    expect(located.returns[0]).toMatchObject({ kind: 'predictions', headerPlace: { sheet: 'PREDICTIONS ' } });
  });

  it('chooses the one visible sheet whatever its name, hidden sheets aside', async () => {
    const bytes = await proformaWorkbook({
      sheetName: 'Sheet1',
      otherSheets: [
        { name: 'Lists', state: 'hidden' },
        { name: 'Codes', state: 'veryHidden' },
      ],
    });
    const located = await locateBytes('ks2.xlsx', bytes);
    expect(located.returns.map((r) => r.headerPlace.sheet)).toEqual(['Sheet1']);
    expect(located.returns[0]!.rows).toHaveLength(5);
  });

  it('refuses two visible sheets with none named Predictions, naming them', async () => {
    const located = await locateBytes(
      'ks2.xlsx',
      await proformaWorkbook({
        sheetName: 'Sheet1',
        otherSheets: [{ name: 'Sheet2' }, { name: 'Lists', state: 'hidden' }],
      }),
    );
    expect(located.returns).toEqual([]);
    expect(located.messages.map(gist)).toEqual([
      // The sheet names wanted come joined as one phrase, quotes between them.
      gistOf('sheet.not-found', {}, { wanted: 'Predictions" or "Attendance', visible: ['Sheet1', 'Sheet2'] }),
    ]);
  });

  it('refuses two visible sheets that are both named Predictions (in any case), rather than guess', async () => {
    const located = await locateBytes(
      'ks2.xlsx',
      await proformaWorkbook({ otherSheets: [{ name: 'PREDICTIONS ', rows: [['Pupil group']] }] }),
    );
    expect(located.messages.map(gist)).toEqual([
      gistOf('sheet.ambiguous', {}, { sheets: ['Predictions', 'PREDICTIONS '] }),
    ]);
  });

  it('refuses a hidden Predictions sheet beside a visible table under another name, rather than read the hidden one', async () => {
    const bytes = await proformaWorkbook({
      sheetName: 'Predictions (corrected)',
      otherSheets: [{ name: 'Predictions', state: 'hidden', rows: [['Pupil group', 'Cohort']] }],
    });
    const located = await locateBytes('ks2.xlsx', bytes);
    expect(located.messages.map(gist)).toEqual([
      gistOf('sheet.ambiguous', {}, { sheets: ['Predictions', 'Predictions (corrected)'] }),
    ]);
  });
});

describe('locateWorkbook: the header block and the table', () => {
  it('refuses a sheet with no "Pupil group" row in column A', async () => {
    const bytes = await proformaWorkbook({ cells: { A7: 'Group of pupils' } });
    const located = await locateBytes('ks2.xlsx', bytes);
    expect(located.returns).toEqual([]);
    expect(located.messages.map(gist)).toEqual([
      gistOf('table.not-found', { sheet: 'Predictions' }, { sheet: 'Predictions' }),
    ]);
  });

  it('ends the table at the first blank row, whether the row is absent or holds only spaces', async () => {
    const notes = [['Notes', 'Two pupils joined in September']];
    const absent = await locateBytes(
      'a.xlsx',
      await proformaWorkbook({ rows: [...EXAMPLE_ROWS.slice(0, 3), [], ...notes] }),
    );
    expect(absent.returns[0]!.rows.map((r) => cellText(r.pupilGroup.value))).toEqual(['All pupils', 'Boys', 'Girls']);
    const spaces = await locateBytes(
      'b.xlsx',
      await proformaWorkbook({ rows: [EXAMPLE_ROWS[0]!, [' ', null, '  '], ...notes] }),
    );
    expect(spaces.returns[0]!.rows.map((r) => cellText(r.pupilGroup.value))).toEqual(['All pupils']);
  });

  it('refuses a table header with no rows under it', async () => {
    const located = await locateBytes('ks2.xlsx', await proformaWorkbook({ rows: [] }));
    expect(located.messages.map((m) => [m.ruleId, m.place.cell])).toEqual([['table.empty', 'A7']]);
  });

  it('keeps a header label given twice, for the normalise stage to compare by meaning', async () => {
    const bytes = await proformaWorkbook({
      header: [
        ['URN', '110001'],
        ['URN', '110002'],
        ['Key stage', 'KS2'],
        ['Academic year', '2014/15'],
        ['Round', 'Autumn'],
      ],
    });
    const located = (await locateBytes('ks2.xlsx', bytes)).returns[0]!;
    expect([
      cellText(located.header['urn']!.value),
      located.headerRepeats?.['urn']?.map((c) => [cellText(c.value), c.place.cell]),
    ]).toEqual(['110001', [['110002', 'B2']]]);
  });

  it('takes a hidden Predictions sheet beside a visible Guidance sheet that has a "Pupil group" glossary', async () => {
    const bytes = await proformaWorkbook({
      otherSheets: [
        {
          name: 'Guidance',
          rows: [
            ['Pupil group', 'Who is in it'],
            ['EAL', 'English as an additional language'],
          ],
        },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    wb.getWorksheet('Predictions')!.state = 'hidden';
    const hidden = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await locateBytes('ks2.xlsx', bytes)).messages).toEqual([]);
    const located = await locateBytes('ks2.xlsx', hidden);
    expect([located.messages, located.returns.map((r) => r.headerPlace.sheet)]).toEqual([[], ['Predictions']]);
  });

  it('refuses two hidden sheets that are both named Predictions', async () => {
    const bytes = await proformaWorkbook({
      sheetName: 'Sheet1',
      otherSheets: [
        { name: 'Predictions', state: 'hidden' },
        { name: 'PREDICTIONS ', state: 'veryHidden' },
      ],
    });
    expect((await locateBytes('ks2.xlsx', bytes)).messages.map((m) => m.ruleId)).toEqual(['sheet.ambiguous']);
  });

  it('reads header labels in any order, by their aliases, with a trailing colon, and places each value', async () => {
    const header: [string, string][] = [
      ['Round', 'Autumn'],
      ['Academic year:', '2014/15'],
      ['DfE number', '874/2001'],
      ['KEY STAGE', 'KS2'],
      ['Name of school', 'Alder'],
    ];
    const located = await locateBytes('ks2.xlsx', await proformaWorkbook({ header }));
    const found = Object.fromEntries(
      Object.entries(located.returns[0]!.header).map(([code, c]) => [code, [cellText(c!.value), c!.place.cell]]),
    );
    expect(found).toEqual({
      round: ['Autumn', 'B1'],
      academic_year: ['2014/15', 'B2'],
      laestab: ['874/2001', 'B3'],
      key_stage: ['KS2', 'B4'],
      school_name: ['Alder', 'B5'],
    });
  });

  it('finds the table under the "Pupil groups" alias, its cells placed by A1 reference', async () => {
    const located = await locateBytes('ks2.xlsx', await proformaWorkbook({ cells: { A7: 'Pupil groups' } }));
    const all = located.returns[0]!.rows[0]!;
    expect(all.pupilGroup.place).toEqual({ file: 'ks2.xlsx', sheet: 'Predictions', cell: 'A8' });
    expect(all.cells.map((c) => c.place.cell)).toEqual(['B8', 'C8', 'D8', 'E8', 'F8', 'G8']);
  });
});
