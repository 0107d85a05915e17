// Issue 11: a file that changes while it is imported is stored as one version or refused, never a
// mix (before, bytes of both versions were stored). The file is read once; its hash, the bytes kept
// and every figure stored come from those bytes. Here the file is rewritten, back and forth between
// two versions, all the while twenty imports run.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReturns } from '../../src/jobs/import-returns.js';
import { EXAMPLE_ROWS } from '../support/example.js';
import { wideCsv } from '../support/proforma-csv.js';
import { IMPORTED_AT } from '../support/temp-store.js';
import { freshStoreEachTest, store } from './store-per-test.js';

freshStoreEachTest();

// Version B predicts 45 of All pupils reaching RWM L4+ where A predicts 46.
const versionA = wideCsv([{ urn: '110001' }, { urn: '110002' }, { urn: '110003' }]);
const rowsB = EXAMPLE_ROWS.map((r) => (r[0] === 'All pupils' ? ['All pupils', 58, 45, ...r.slice(3)] : r));
const versionB = wideCsv([
  { urn: '110001', rows: rowsB },
  { urn: '110002', rows: rowsB },
  { urn: '110003', rows: rowsB },
]);
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('import: a file rewritten while it is read', () => {
  it('stores one version of it, whole, or refuses it', async () => {
    const path = join(store.dir, 'trust.csv');
    await writeFile(path, versionA);
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) await writeFile(path, i % 2 === 0 ? versionB : versionA);
    })();
    try {
      for (let run = 0; run < 20; run++) await importReturns(store, [path], { dryRun: false, now: () => IMPORTED_AT });
    } finally {
      writing = false;
      await writer;
    }
    // And each version once more, still: so both are in the store whatever the race gave.
    for (const version of [versionA, versionB]) {
      await writeFile(path, version);
      await importReturns(store, [path], { dryRun: false, now: () => IMPORTED_AT });
    }
    const kept = await store.db.selectFrom('source_files').select(['sha256', 'bytes']).execute();
    const returns = await store.db.selectFrom('returns').select(['id', 'sha256', 'status']).execute();
    // Every file kept is its own bytes, under their hash; each is A or B, or a part-written file.
    for (const file of kept) expect(createHash('sha256').update(file.bytes).digest('hex')).toBe(file.sha256);
    for (const r of returns.filter((x) => x.status === 'accepted')) {
      expect([sha(versionA), sha(versionB)]).toContain(r.sha256);
      // Its figure is the one its own bytes hold: 46 under A, 45 under B.
      const value = await store.db
        .selectFrom('return_values')
        .select('value')
        .where('return_id', '=', r.id)
        .where('pupil_group', '=', 'all')
        .where('measure', '=', 'ks2_rwm_l4')
        .executeTakeFirstOrThrow();
      expect(value.value).toBe(r.sha256 === sha(versionA) ? 46 : 45);
    }
    // Both versions were read and stored, each whole.
    expect(new Set(returns.filter((r) => r.status === 'accepted').map((r) => r.sha256))).toEqual(
      new Set([sha(versionA), sha(versionB)]),
    );
  }, 60_000);
});
