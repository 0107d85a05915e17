// Issue 11: a figure must be a finite number or the return is refused, naming the cell. Before, a mean
// cell holding NaN ended the whole import with "NOT NULL constraint failed: return_values.value"
// (SQLite stores NaN as null), and an Infinity was stored and printed in reports.
import { describe, expect, it } from 'vitest';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { wideCsv } from '../support/proforma-csv.js';
import { storedRows } from '../support/temp-store.js';
import { importOne } from '../support/import-files.js';
import { freshStoreEachTest, store } from './store-per-test.js';

freshStoreEachTest();

const progressProforma = (mean: number) =>
  proformaWorkbook({
    header: [
      ['URN', '110001'],
      ['Key stage', 'KS2'],
      ['Academic year', '2016/17'],
      ['Round', 'Autumn'],
    ],
    columns: ['RWM EXS+', 'Reading progress'],
    rows: [['All pupils', 58, 40, mean]],
  });

const errors = (o: { messages: { severity: string; ruleId: string; place: { cell?: string; line?: number } }[] }) =>
  o.messages.filter((m) => m.severity === 'error').map((m) => [m.ruleId, m.place.cell ?? m.place.line]);

describe('import: a figure that is not a finite number', () => {
  it.each([NaN, Infinity, -Infinity])(
    'refuses a workbook whose mean cell holds %s, and stores no value',
    async (mean) => {
      const outcomes = await importOne(store, 'progress.xlsx', await progressProforma(mean));
      expect(outcomes.map((o) => [o.status, errors(o)])).toEqual([['refused', [['cell.not-a-number', 'D7']]]]);
      const stored = await storedRows(store);
      expect([stored.returns.map((r) => r.status), stored.values]).toEqual([['refused'], []]);
    },
  );

  it('refuses a CSV figure too large to be a number (1e999 is Infinity in JavaScript)', async () => {
    const csv = wideCsv([
      { academicYear: '2016/17', measures: ['ks2_rwm_exs', 'ks2_read_prog'], rows: [['All pupils', 58, 40, '1e999']] },
    ]);
    const outcomes = await importOne(store, 'progress.csv', csv);
    expect(outcomes.map((o) => [o.status, errors(o)])).toEqual([['refused', [['cell.not-a-number', 2]]]]);
    expect((await storedRows(store)).values).toEqual([]);
  });
});
