// What importReturns leaves in a real SQLite store for a refused file: only its refusal record,
// the other files of the run unaffected, and the same bytes accepted once the cause is put right.
import { describe, expect, it } from 'vitest';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { emptyStore, storedRows, writeIn } from '../support/temp-store.js';
import { giasCsv } from '../support/register.js';
import { importRegister } from '../../src/reference/import-register.js';
import { importFolder, importOne } from '../support/import-files.js';
import { freshStoreEachTest, store } from './store-per-test.js';

freshStoreEachTest();

describe('import: a refused file', () => {
  it('stores the refusal record with its messages, and no groups or values', async () => {
    const [outcome] = await importOne(store, 'alder.xlsx', await proformaWorkbook({ cells: { C8: 'lots' } }));
    expect(outcome).toMatchObject({ status: 'refused', description: 'URN 110001 KS2 2014/15 Autumn' });
    const rows = await storedRows(store);
    expect(rows.returns).toEqual([
      expect.objectContaining({
        id: outcome!.returnId,
        status: 'refused',
        kind: 'predictions',
        urn: '110001',
        key_stage: 'KS2',
        academic_year: '2014/15',
        period: 'Autumn',
        part: '',
        superseded_by: null,
        errors: 1,
        queries: 0,
        warnings: 0,
        imported_at: '2014-12-01T09:00:00.000Z',
      }),
    ]);
    expect(rows.messages.map((m) => [m.return_id, m.severity, m.rule_id, m.sheet, m.cell, m.text])).toEqual([
      [
        outcome!.returnId,
        'error',
        'cell.not-a-number',
        'Predictions',
        'C8',
        'RWM L4+ for All pupils is "lots", neither a number nor a percentage: enter a number, or leave it blank if not predicted',
      ],
    ]);
    expect(rows.groups).toEqual([]);
    expect(rows.values).toEqual([]);
  });

  it('records a file refused before it could be read (an .xls) with what is known: nothing but the file', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const [outcome] = await importOne(store, 'alder.xls', xls);
    expect(outcome).toMatchObject({ status: 'refused', description: '' });
    const rows = await storedRows(store);
    expect(rows.returns.map((r) => [r.status, r.kind, r.urn, r.academic_year, r.errors])).toEqual([
      ['refused', 'unknown', null, null, 1],
    ]);
    expect(rows.messages.map((m) => m.rule_id)).toEqual(['file.xls']);
    expect(rows.groups).toEqual([]);
  });

  it('leaves the other files of the same run unaffected', async () => {
    const result = await importFolder(store, {
      'a-alder.xlsx': await proformaWorkbook(),
      'b-cedar.xlsx': await proformaWorkbook({
        header: [
          ['URN', '110003'],
          ['Key stage', 'KS2'],
          ['Academic year', '2014/15'],
          ['Round', 'Autumn'],
        ],
        cells: { C9: 85 },
      }),
      'c-empty.xlsx': '',
      'd-st-marys.xlsx': await proformaWorkbook({
        header: [
          ['URN', '110002'],
          ['Key stage', 'KS2'],
          ['Academic year', '2014/15'],
          ['Round', 'Autumn'],
        ],
      }),
    });
    expect(result.outcomes.map((o) => [o.file.split('/').pop(), o.status])).toEqual([
      ['a-alder.xlsx', 'accepted'],
      ['b-cedar.xlsx', 'refused'],
      ['c-empty.xlsx', 'refused'],
      ['d-st-marys.xlsx', 'accepted'],
    ]);
    const rows = await storedRows(store);
    const accepted = rows.returns.filter((r) => r.status === 'accepted').map((r) => r.id);
    // The example's 5 groups and 5 × 5 values for each of the two accepted returns, none for the others.
    expect(new Set(rows.groups.map((g) => g.return_id))).toEqual(new Set(accepted));
    expect(rows.groups).toHaveLength(10);
    expect(rows.values).toHaveLength(50);
  });

  it('accepts the same bytes once the register has been imported, as the refusal advised', async () => {
    const empty = await emptyStore();
    try {
      const bytes = await proformaWorkbook();
      const [before] = await importOne(empty, 'alder.xlsx', bytes);
      expect([before!.status, before!.messages.map((m) => m.ruleId)]).toEqual(['refused', ['school.not-in-register']]);
      await importRegister(empty, await writeIn(empty, 'gias.csv', giasCsv()), ['874']);
      const [after] = await importOne(empty, 'alder.xlsx', bytes);
      expect(after!.status).toBe('accepted');
      expect((await storedRows(empty)).returns.map((r) => r.status)).toEqual(['refused', 'accepted']);
    } finally {
      await empty.cleanup();
    }
  });
});
