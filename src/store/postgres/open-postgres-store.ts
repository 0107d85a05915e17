// Opens a region's store on a PostgreSQL server (issue 15) through kysely's PostgresDialect and `pg`,
// and brings it to the latest schema with the same migrations as SQLite's. A URL it cannot use, a
// server not there, no such database, a refused login: each is a StoreError naming the store by its
// URL with the password hidden, never a stack trace.
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../database.js';
import { dialects } from '../dialect.js';
import {
  asStoreFault,
  behind,
  checkNotNewer,
  migrate,
  StoreError,
  type OpenOptions,
  type Store,
} from '../open-store.js';

/** The URL as it may be shown: any password replaced by `***`. */
export function shownLocation(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}

// Counts (bigint) and numerics come as strings from `pg`; a store's counts are far below 2^53.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
      ? (text: string) => Number(text)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** Opens the PostgreSQL store at `url` (postgres://user:password@host:port/database). */
export async function openPostgresStore(url: string, options: OpenOptions = {}): Promise<Store> {
  const shown = shownLocation(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StoreError('bad-url', shown, 'not a URL of the form postgres://user:password@host:port/database');
  }
  if (parsed.pathname.length <= 1 && !parsed.searchParams.has('database'))
    throw new StoreError('bad-url', shown, 'it names no database (postgres://host/DATABASE)');
  const busyMs = options.busyTimeoutMs ?? 10_000;
  return asStoreFault(shown, async () => {
    const pool = new pg.Pool({
      connectionString: url,
      types,
      max: 4,
      connectionTimeoutMillis: busyMs,
      // A lock held by another importer is waited for as SQLite's busy timeout is, then said; the URL's
      // own options (a search_path naming the store's schema) are kept.
      options: `${parsed.searchParams.get('options') ?? ''} -c lock_timeout=${busyMs}`.trim(),
    });
    // A pool's idle connection dropped by the server is a fault of the next query, not of the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const store: Store = { db, dialect: dialects.postgres, close: () => db.destroy() };
    try {
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
      store.schema = rows[0]!.schema;
      if (!(await checkIsStore(store, shown)) && options.mustExist)
        throw new StoreError('no-store', shown, 'the database holds no store');
      await checkNotNewer(store, shown);
      if (await behind(store)) await migrate(store);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  });
}

/**
 * A database (schema) holding tables of something else is not a store, and is not changed. Whether
 * it holds a store already (else it is empty).
 */
async function checkIsStore(store: Store, shown: string): Promise<boolean> {
  const { rows } = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = current_schema() order by tablename`.execute(store.db);
  const tables = rows.map((r) => r.tablename);
  if (tables.length > 0 && !tables.includes('kysely_migration'))
    throw new StoreError('not-a-store', shown, `a database of something else (tables ${tables.slice(0, 3)})`);
  return tables.length > 0;
}
