// Issue 11, item 1: two processes opening the same new store at the same instant both open it, and
// its schema is made once. Before, both ran the first migration: one failed with "database is
// locked" or "table schools already exists" (7 of 10 stores, measured). On PostgreSQL (npm run test:pg) the
// stores are new schemas, migrated under the advisory lock.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../src/store/dialect.js';
import { migrationsFor } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/store-location.js';
import { newStoreLocation, onPostgres, tempDir } from '../support/temp-store.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STORES = 6;

/** The lines an open-store-child process prints, one per store. */
function openAll(at: number, paths: readonly string[]): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/open-store-child.ts', String(at), ...paths], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const out: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  return new Promise((resolve) =>
    child.on('close', () => resolve(Buffer.concat(out).toString('utf8').split('\n').filter(Boolean))),
  );
}

describe('open: two processes open one new store at once', () => {
  it('opens it in both, and runs each migration once', async () => {
    const migrations = await migrationsFor(dialects[onPostgres ? 'postgres' : 'sqlite']).getMigrations();
    const dir = await tempDir();
    // New SQLite files, or new schemas on the test server (npm run test:pg): each taken by its advisory lock.
    const stores = onPostgres ? await Promise.all(Array.from({ length: STORES }, () => newStoreLocation(dir))) : [];
    try {
      const paths = onPostgres
        ? stores.map((s) => s.location)
        : Array.from({ length: STORES }, (_, i) => join(dir, `store-${i}.sqlite`));
      // Far enough ahead for both processes to have started and be waiting.
      const at = Date.now() + 4_000;
      const [a, b] = await Promise.all([openAll(at, paths), openAll(at, paths)]);
      expect([a, b]).toEqual([paths.map(() => 'opened'), paths.map(() => 'opened')]);
      for (const path of paths) {
        const store = await openStore(path);
        const done = await sql<{ name: string }>`select name from kysely_migration`.execute(store.db);
        await store.close();
        expect(done.rows.map((r) => r.name).sort()).toEqual(Object.keys(migrations).sort());
      }
    } finally {
      for (const s of stores) await s.drop();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
