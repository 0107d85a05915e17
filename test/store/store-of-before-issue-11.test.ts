// A store written before issue 11 is opened by this version: returns doubled by two importers at once
// are mended (the later stays current) so the index of one current return can be made, and files
// imported before their parts were recorded are parsed again, their accepted returns counted as imported.
import Sqlite from 'better-sqlite3';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../src/store/dialect.js';
import { migrationsFor } from '../../src/store/migrations/index.js';
import { openSqliteStore } from '../../src/store/open-store.js';
import { importOne } from '../support/import-files.js';
import { wideCsv } from '../support/proforma-csv.js';
import { storedRows, tempDir } from '../support/temp-store.js';
import { freshStoreEachTest, store } from '../jobs/store-per-test.js';

freshStoreEachTest();

const ISSUE_11 = '2026-12-01-0006-file-parts';

describe('a store of before issue 11', () => {
  it('keeps the later of two doubled current returns current, and opens', async () => {
    const dir = await tempDir();
    const path = join(dir, 'old.sqlite');
    try {
      const all = await migrationsFor(dialects.sqlite).getMigrations();
      const before = Object.fromEntries(Object.entries(all).filter(([name]) => name < ISSUE_11));
      const old = new Kysely<any>({ dialect: new SqliteDialect({ database: new Sqlite(path) }) });
      await new Migrator({ db: old, provider: { getMigrations: async () => before } }).migrateToLatest();
      await old.insertInto('source_files').values({ sha256: 'f', file_name: 'a.csv', size: 1, bytes: '' }).execute();
      const row = (id: number, urn: string) => ({
        ...{ id, sha256: 'f', part: `URN ${urn}`, original_path: 'a.csv', file_name: 'a.csv', kind: 'attendance' },
        ...{ urn, key_stage: null, academic_year: '2013/14', period: 'Autumn', imported_at: '2026-11-22' },
        ...{ status: 'accepted', superseded_by: null, errors: 0, queries: 0, warnings: 0 },
      });
      // 1 and 2 the same return stored by two importers at once; 3 another school's.
      await old
        .insertInto('returns')
        .values([row(1, '110001'), row(2, '110001'), row(3, '110002')])
        .execute();
      await old.destroy();

      const opened = await openSqliteStore(path);
      const returns = await opened.db.selectFrom('returns').select(['id', 'superseded_by']).orderBy('id').execute();
      await opened.close();
      expect(returns.map((r) => [r.id, r.superseded_by])).toEqual([
        [1, 2],
        [2, null],
        [3, null],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('parses again a file whose parts were not recorded, and calls its accepted returns already imported', async () => {
    const trust = wideCsv([{ urn: '110001' }, { urn: '110003' }]);
    await importOne(store, 'trust.csv', trust);
    // As a store of before issue 11 holds it: the returns, and no record of the file's parts.
    await store.db.deleteFrom('file_parts').execute();
    const returns = (await storedRows(store)).returns;

    const again = await importOne(store, 'trust.csv', trust);
    expect(again.map((o) => [o.part, o.status])).toEqual([
      ['URN 110001, 2014/15 KS2 Autumn', 'already-imported'],
      ['URN 110003, 2014/15 KS2 Autumn', 'already-imported'],
    ]);
    const parts = await store.db.selectFrom('file_parts').select(['part', 'return_id']).orderBy('position').execute();
    expect(parts).toEqual(returns.map((r) => ({ part: r.part, return_id: r.id })));
    expect((await storedRows(store)).returns).toEqual(returns);
  });
});
