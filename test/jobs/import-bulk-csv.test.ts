// What importReturns does with a bulk CSV of several schools: each school's return stands or falls
// alone, and the file is kept once.
import { describe, expect, it } from 'vitest';
import { storedRows } from '../support/temp-store.js';
import { importOne } from '../support/import-files.js';
import { wideCsv } from '../support/proforma-csv.js';
import { EXAMPLE_ROWS } from '../support/example.js';
import { freshStoreEachTest, store } from './store-per-test.js';

freshStoreEachTest();

// St Mary's Boys predict RWM L4+ 85 of 30: its lines are 7-11, Boys on line 8.
const stMarysRows = EXAMPLE_ROWS.map((r) => (r[0] === 'Boys' ? ['Boys', 30, 85, 5, 26, 24, 27] : r));
const trust = wideCsv([{ urn: '110001' }, { urn: '110002', rows: stMarysRows }, { urn: '110003' }]);

describe('import: a bulk CSV of three schools, one with an error', () => {
  it('accepts two and refuses one, naming its line', async () => {
    const outcomes = await importOne(store, 'trust.csv', trust);
    expect(outcomes.map((o) => [o.part, o.status, o.description])).toEqual([
      ['URN 110001, 2014/15 KS2 Autumn', 'accepted', 'URN 110001 KS2 2014/15 Autumn'],
      ['URN 110002, 2014/15 KS2 Autumn', 'refused', 'URN 110002 KS2 2014/15 Autumn'],
      ['URN 110003, 2014/15 KS2 Autumn', 'accepted', 'URN 110003 KS2 2014/15 Autumn'],
    ]);
    const error = outcomes[1]!.messages.find((m) => m.severity === 'error')!;
    expect([error.ruleId, error.place.line, error.place.column, error.text]).toEqual([
      'count.above-cohort',
      8,
      'ks2_rwm_l4',
      'RWM L4+ for Boys is 85 but the cohort is 30: this looks like a percentage; enter the number of pupils, or a percentage with %',
    ]);

    const stored = await storedRows(store);
    expect(stored.returns.map((r) => [r.urn, r.part, r.status])).toEqual([
      ['110001', 'URN 110001, 2014/15 KS2 Autumn', 'accepted'],
      ['110002', 'URN 110002, 2014/15 KS2 Autumn', 'refused'],
      ['110003', 'URN 110003, 2014/15 KS2 Autumn', 'accepted'],
    ]);
    expect([...new Set(stored.groups.map((g) => g.return_id))]).toEqual([outcomes[0]!.returnId, outcomes[2]!.returnId]);
    expect(stored.messages.filter((m) => m.rule_id === 'count.above-cohort').map((m) => m.line)).toEqual([8]);
    expect(stored.sourceFiles).toHaveLength(1);
  });

  it('on a second import of the same file, reports the accepted parts already imported', async () => {
    await importOne(store, 'trust.csv', trust);
    const again = await importOne(store, 'trust.csv', trust);
    expect(again.map((o) => o.status)).toEqual(['already-imported', 'refused', 'already-imported']);
  });
});
