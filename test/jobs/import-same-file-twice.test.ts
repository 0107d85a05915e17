// What importReturns does with two copies of one file in the same run: the copy is stored once, or
// refused pointing to the first when the first was refused.
import { describe, expect, it } from 'vitest';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { storedRows } from '../support/temp-store.js';
import { importFolder } from '../support/import-files.js';
import { wideCsv } from '../support/proforma-csv.js';
import { EXAMPLE_ROWS } from '../support/example.js';
import { freshStoreEachTest, store } from './store-per-test.js';

freshStoreEachTest();

describe('import: the same file twice in one run', () => {
  it('answers for each school of a copied many-school CSV: already imported, or refused as in the first', async () => {
    const bulk = wideCsv([
      { urn: '110001' },
      { urn: '110002', rows: EXAMPLE_ROWS.map((r, i) => (i === 1 ? [r[0]!, r[1]!, 999] : r)) },
    ]);
    const result = await importFolder(store, { 'a.csv': bulk, 'b-copy.csv': bulk });
    expect(result.outcomes.map((o) => [o.file.split('/').pop(), o.status])).toEqual([
      ['a.csv', 'accepted'],
      ['a.csv', 'refused'],
      ['b-copy.csv', 'already-imported'],
      ['b-copy.csv', 'refused'],
    ]);
    expect(result.outcomes[3]!.messages.map((m) => m.ruleId)).toEqual(['file.copy-of-refused']);
  });

  it('stores it once and reports the copy as already imported', async () => {
    const bytes = await proformaWorkbook();
    const result = await importFolder(store, { 'a.xlsx': bytes, 'b-copy.xlsx': bytes });
    expect(result.outcomes.map((o) => [o.file.split('/').pop(), o.status, o.copyOf?.split('/').pop()])).toEqual([
      ['a.xlsx', 'accepted', undefined],
      ['b-copy.xlsx', 'already-imported', 'a.xlsx'],
    ]);
    expect((await storedRows(store)).returns).toHaveLength(1);
  });

  it('refuses the copy of a refused file, pointing to the first', async () => {
    const bytes = await proformaWorkbook({ cells: { C8: 'lots' } });
    const result = await importFolder(store, { 'a.xlsx': bytes, 'b-copy.xlsx': bytes });
    const copy = result.outcomes[1]!;
    expect([copy.status, copy.messages.map((m) => m.ruleId)]).toEqual(['refused', ['file.copy-of-refused']]);
    expect(copy.messages[0]!.text).toMatch(
      /^this is byte for byte the same as .*a\.xlsx, where it was refused: see that file's messages$/,
    );
  });
});
