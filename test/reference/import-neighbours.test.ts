// The statistical-neighbours workbook as downloaded: a list of ten per LA, nearest first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importComparators } from '../../src/reference/import-comparators.js';
import { neighboursOf } from '../../src/store/queries/comparators-of-definition.js';
import { emptyStore, type TempStore } from '../support/temp-store.js';
import { NEIGHBOURS } from './published-sources.js';

let store: TempStore;
beforeEach(async () => {
  store = await emptyStore();
});
afterEach(async () => {
  await store.cleanup();
});

describe('importComparators on the statistical-neighbours workbook', () => {
  it('stores every LA list of the table, and says the old lists below it were not read', async () => {
    const result = await importComparators(store, NEIGHBOURS);
    expect(result).toMatchObject({ refused: false, stored: 153 });
    expect(result.storedByKind).toEqual([{ what: 'statistical-neighbour lists', stored: 153 }]);
    expect(result.messages.map((m) => [m.ruleId, m.place.sheet, m.facts])).toEqual([
      ['neighbours.rows-below-table', 'LA SN Groups', { skipped: 5, detail: 'Old SNs:' }],
    ]);
  });

  it("gives LA 874's ten neighbours in order, with their closeness", async () => {
    await importComparators(store, NEIGHBOURS);
    // Row 99: 874, Peterborough, SN1 331 Very close, SN2 831 Very close, SN3 312 Close, …, SN10 883 Close.
    expect((await neighboursOf(store, '874')).map((n) => [n.position, n.neighbour_code, n.closeness])).toEqual([
      [1, '331', 'Very close'],
      [2, '831', 'Very close'],
      [3, '312', 'Close'],
      [4, '350', 'Close'],
      [5, '852', 'Close'],
      [6, '335', 'Close'],
      [7, '821', 'Close'],
      [8, '354', 'Close'],
      [9, '336', 'Close'],
      [10, '883', 'Close'],
    ]);
  });

  it('replaces a list imported again rather than adding to it', async () => {
    await importComparators(store, NEIGHBOURS);
    await importComparators(store, NEIGHBOURS);
    expect(await neighboursOf(store, '874')).toHaveLength(10);
  });
});
