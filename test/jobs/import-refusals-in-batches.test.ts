// Issue 17: refused returns of a file are stored together, a transaction a batch (one commit each
// made 50,000 refusals take minutes). Each is still whole: its row and its own messages, in file
// order among the accepted returns around it.
import { describe, expect, it } from 'vitest';
import { storedRows } from '../support/temp-store.js';
import { importOne } from '../support/import-files.js';
import { wideCsv } from '../support/proforma-csv.js';
import { EXAMPLE_ROWS } from '../support/example.js';
import { freshStoreEachTest, store } from './store-per-test.js';

freshStoreEachTest();

// 4,500 schools not in the register, between three that are: more refusals than one batch (2,000)
// before the second school and after it, so batches end both at their size and at an accepted return.
const unknown = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ urn: String(from + i) }));
const schools = [
  { urn: '110001' },
  ...unknown(300000, 2_100),
  { urn: '110002' },
  ...unknown(400000, 2_400),
  { urn: '110003' },
];
const LINES_PER_SCHOOL = EXAMPLE_ROWS.length;

describe('import: a bulk CSV of 4,500 refused returns among 3 accepted', () => {
  it('stores each refusal with exactly its own messages, in file order', async () => {
    const outcomes = await importOne(store, 'city.csv', wideCsv(schools));
    expect(outcomes.filter((o) => o.status === 'accepted').map((o) => o.description)).toEqual([
      'URN 110001 KS2 2014/15 Autumn',
      'URN 110002 KS2 2014/15 Autumn',
      'URN 110003 KS2 2014/15 Autumn',
    ]);
    expect(outcomes.filter((o) => o.status === 'refused')).toHaveLength(4_500);

    const stored = await storedRows(store);
    // One row a return, ids in the order of the file.
    expect(stored.returns.map((r) => r.urn)).toEqual(schools.map((s) => s.urn));
    expect(outcomes.map((o) => o.returnId)).toEqual(stored.returns.map((r) => r.id));
    expect(stored.returns.filter((r) => r.status === 'refused')).toHaveLength(4_500);
    // The school at position i has lines 2 + i·rows to 1 + (i + 1)·rows; its messages lie there.
    const position = new Map(stored.returns.map((r, i) => [r.id, i]));
    const refusedIds = new Set(stored.returns.filter((r) => r.status === 'refused').map((r) => r.id));
    const withMessages = new Set<number>();
    for (const m of stored.messages) {
      const i = position.get(m.return_id)!;
      if (m.line !== null) {
        expect(m.line).toBeGreaterThanOrEqual(2 + i * LINES_PER_SCHOOL);
        expect(m.line).toBeLessThanOrEqual(1 + (i + 1) * LINES_PER_SCHOOL);
      }
      if (m.severity === 'error') withMessages.add(m.return_id);
    }
    expect(withMessages).toEqual(refusedIds);
    // Figures only for the accepted: 3 returns of EXAMPLE_ROWS.length groups each.
    expect(new Set(stored.groups.map((g) => g.return_id)).size).toBe(3);
    expect(stored.groups).toHaveLength(3 * LINES_PER_SCHOOL);
  });

  it('refuses them all again on a second import, and is not taken as imported', async () => {
    await importOne(store, 'city.csv', wideCsv(schools));
    const again = await importOne(store, 'city.csv', wideCsv(schools));
    expect(again.filter((o) => o.status === 'already-imported')).toHaveLength(3);
    expect(again.filter((o) => o.status === 'refused')).toHaveLength(4_500);
  });
});
