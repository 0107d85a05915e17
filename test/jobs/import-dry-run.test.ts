// What importReturns does on a dry run: every outcome and message as a real import would give them,
// and nothing stored.
import { describe, expect, it } from 'vitest';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { storedRows } from '../support/temp-store.js';
import { importFolder } from '../support/import-files.js';
import { freshStoreEachTest, store } from './store-per-test.js';

freshStoreEachTest();

describe('import: dry run', () => {
  it('gives every outcome and its messages but stores nothing, not even the files', async () => {
    const result = await importFolder(
      store,
      {
        'alder.xlsx': await proformaWorkbook({ cells: { C8: { value: 0.79, numFmt: '0%' } } }),
        'cedar.xlsx': await proformaWorkbook({ cells: { C9: 85 } }),
        'old.xls': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      },
      { dryRun: true },
    );
    const errorsAndWarnings = (o: (typeof result.outcomes)[number]) =>
      o.messages.filter((m) => m.severity !== 'query').map((m) => m.ruleId);
    expect(result.outcomes.map((o) => [o.status, o.returnId, errorsAndWarnings(o)])).toEqual([
      ['accepted', undefined, ['cell.percent-converted']],
      ['refused', undefined, ['count.above-cohort']],
      ['refused', undefined, ['file.xls']],
    ]);
    const rows = await storedRows(store);
    expect(rows).toEqual({ sourceFiles: [], returns: [], groups: [], values: [], messages: [] });
  });
});
