// Issue 11, item 1: the store keeps one accepted return per part of a file, and one current return
// per school, kind, year, key stage and period, whoever writes. An importer that checked a file
// before another stored it (the loser of a race) is told its part is stored, and stores nothing.
import { describe, expect, it } from 'vitest';
import { storeReturn, type StoredReturn } from '../../src/store/store-return.js';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { checkOne, source } from '../support/pipeline.js';
import { IMPORTED_AT, storedRows } from '../support/temp-store.js';
import { freshStoreEachTest, store } from '../jobs/store-per-test.js';

freshStoreEachTest();

describe('store: a part of a file already accepted', () => {
  it('is not stored again: the second store points to the first and changes nothing', async () => {
    const bytes = await proformaWorkbook();
    const ret = await checkOne('alder.xlsx', bytes);
    expect(ret.status).toBe('accepted');
    const first = (await storeReturn(store, source('alder.xlsx', bytes), ret, IMPORTED_AT)) as StoredReturn;
    const before = await storedRows(store);

    const later = new Date('2015-01-05T10:00:00Z');
    for (const r of [ret, { ...ret, status: 'refused' as const }]) {
      expect(await storeReturn(store, source('alder (copy).xlsx', bytes), r, later)).toEqual({
        alreadyStored: { returnId: first.returnId, importedAt: IMPORTED_AT.toISOString() },
      });
    }
    expect(await storedRows(store)).toEqual(before);
  });

  it('refuses a second current return for the same school and period, whatever writes it', async () => {
    const bytes = await proformaWorkbook();
    const ret = await checkOne('a.xlsx', bytes);
    const { returnId } = (await storeReturn(store, source('a.xlsx', bytes), ret, IMPORTED_AT)) as StoredReturn;
    const { id: _id, ...current } = await store.db
      .selectFrom('returns')
      .selectAll()
      .where('id', '=', returnId)
      .executeTakeFirstOrThrow();
    await expect(
      store.db
        .insertInto('returns')
        .values({ ...current, part: 'another' })
        .execute(),
    ).rejects.toThrow(/UNIQUE constraint failed|duplicate key value violates unique constraint/);
  });
});
