// Issue 15, item 2, at the store: ten versions of one school's return stored at once over two
// connections each holding several. The transactions of a PostgreSQL store are SERIALIZABLE and run
// again when they lose, so exactly one version is current and every other is superseded, none lost.
// SQLite's driver is synchronous (a second writer in one process would block the first's own event
// loop), so on SQLite the race is run between processes (test/jobs/import-two-versions-at-once).
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store-location.js';
import { storeReturn } from '../../src/store/store-return.js';
import { currentReturns } from '../../src/store/queries/current-returns.js';
import { longCsv } from '../support/proforma-csv.js';
import { checkOne, source } from '../support/pipeline.js';
import { IMPORTED_AT, onPostgres } from '../support/temp-store.js';
import { freshStoreEachTest, store } from '../jobs/store-per-test.js';

freshStoreEachTest();

describe('store: versions of one return stored at once', () => {
  it.skipIf(!onPostgres)(
    'leaves one current and the rest superseded, every version kept (PostgreSQL only: see the header)',
    async () => {
      const connections = [await openStore(store.location), await openStore(store.location)];
      try {
        // The same return, resent with 0 to 9 blank lines at its end: ten files, one school and round.
        const versions = await Promise.all(
          Array.from({ length: 10 }, async (_, i) => {
            const bytes = new TextEncoder().encode(longCsv() + '\r\n'.repeat(i));
            return { file: source(`v${i}.csv`, bytes), ret: await checkOne(`v${i}.csv`, bytes) };
          }),
        );
        expect(versions.map((v) => v.ret.status)).toEqual(Array(10).fill('accepted'));
        await Promise.all(versions.map((v, i) => storeReturn(connections[i % 2]!, v.file, v.ret, IMPORTED_AT)));
      } finally {
        for (const c of connections) await c.close();
      }
      const returns = await store.db.selectFrom('returns').selectAll().execute();
      expect(returns.map((r) => r.status)).toEqual(Array(10).fill('accepted'));
      expect(await currentReturns(store.db, 'predictions').select('r.id').execute()).toHaveLength(1);
      const ids = new Set(returns.map((r) => r.id));
      const superseded = returns.filter((r) => r.superseded_by !== null);
      expect(superseded).toHaveLength(9);
      // A chain: each superseded by another version, no version superseding two.
      expect(superseded.every((r) => ids.has(r.superseded_by!) && r.superseded_by !== r.id)).toBe(true);
      expect(new Set(superseded.map((r) => r.superseded_by)).size).toBe(9);
      expect(await store.db.selectFrom('source_files').select('sha256').execute()).toHaveLength(10);
    },
  );
});
