// What importReturns does with the identical bytes imported again, under any name: nothing more is
// stored, and the outcome points to the first import.
import { describe, expect, it } from 'vitest';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { storedRows } from '../support/temp-store.js';
import { importOne } from '../support/import-files.js';
import { freshStoreEachTest, store } from './store-per-test.js';

freshStoreEachTest();

describe('import: the identical file again', () => {
  it("stores nothing more and reports already-imported with the first import's time, under any name", async () => {
    const bytes = await proformaWorkbook();
    const [first] = await importOne(store, 'alder.xlsx', bytes);
    expect(first!.status).toBe('accepted');
    const before = await storedRows(store);

    const later = { now: () => new Date('2015-01-05T10:00:00Z') };
    const again = [
      ...(await importOne(store, 'alder.xlsx', bytes, later)),
      ...(await importOne(store, 'alder (copy).xlsx', bytes, later)),
    ];
    expect(
      again.map((o) => ({
        status: o.status,
        importedAt: o.importedAt,
        messages: o.messages,
        description: o.description,
      })),
    ).toEqual([
      {
        status: 'already-imported',
        importedAt: '2014-12-01T09:00:00.000Z',
        messages: [],
        description: 'URN 110001 KS2 2014/15 Autumn',
      },
      {
        status: 'already-imported',
        importedAt: '2014-12-01T09:00:00.000Z',
        messages: [],
        description: 'URN 110001 KS2 2014/15 Autumn',
      },
    ]);
    expect(await storedRows(store)).toEqual(before);
  });
});
