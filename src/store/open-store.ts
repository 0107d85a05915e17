// Opens the store of record: an SQLite file through kysely, migrated to the latest schema (a region's
// PostgreSQL store opens in postgres/, both by store-location.ts). A fault of the store's file or disk
// (not a store, a newer store, read-only, locked, disk full) or of its server is a StoreError naming
// its kind, so the command line can say what to do (issue 17); only a bug is anything else.
import { accessSync, constants, statfsSync, statSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type MigrationResultSet } from 'kysely';
import type { Database } from './database.js';
import { dialects, type DialectTraits } from './dialect.js';
import { migrationsFor } from './migrations/index.js';

export interface Store {
  db: Kysely<Database>;
  dialect: DialectTraits;
  /**
   * PostgreSQL's schema holding the store (the connection's current_schema): the migrator's own
   * tables are looked for there, not in any schema of the database (kysely's introspection sees all).
   */
  schema?: string;
  close(): Promise<void>;
}

/** What a read needs: the store, or a transaction of it. */
export type StoreReader = Pick<Store, 'db'>;

/** What is wrong with a store's file or the disk under it. */
export type StoreFaultKind =
  | 'not-a-store'
  | 'newer'
  | 'damaged'
  | 'read-only'
  | 'read-only-disk'
  | 'permission'
  | 'locked'
  | 'disk-full'
  | 'disk-error'
  | 'cannot-open'
  // A PostgreSQL store's (issue 15): a --db that is not a URL it can use, no server answering there,
  // no such database on it, or the server refusing the user or password.
  | 'bad-url'
  | 'no-server'
  | 'no-database'
  | 'login-refused'
  | 'no-store'
  // The server's refusal of the role's privileges or of a council's row-level security.
  | 'not-allowed';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreFaultKind,
    readonly path: string,
    /** SQLite's or PostgreSQL's own words, or the migrations the store has and this version does not know. */
    readonly detail: string,
  ) {
    super(`the store ${path}: ${kind}: ${detail}`);
  }
}

const FAULT_OF_CODE: Readonly<Record<string, StoreFaultKind>> = {
  SQLITE_NOTADB: 'not-a-store',
  SQLITE_CORRUPT: 'damaged',
  SQLITE_READONLY: 'read-only',
  SQLITE_PERM: 'permission',
  SQLITE_AUTH: 'permission',
  SQLITE_BUSY: 'locked',
  SQLITE_LOCKED: 'locked',
  SQLITE_FULL: 'disk-full',
  SQLITE_CANTOPEN: 'cannot-open',
  SQLITE_IOERR: 'disk-error',
};

// PostgreSQL's SQLSTATEs that are the server's or the store's state, not a bug: the rest are bugs.
const FAULT_OF_SQLSTATE: Readonly<Record<string, StoreFaultKind>> = {
  '42501': 'not-allowed', // insufficient_privilege, and a row-level security policy's refusal
  '25006': 'read-only', // read_only_sql_transaction: a standby, or default_transaction_read_only
  '53100': 'disk-full',
  '58030': 'disk-error', // io_error
  '55P03': 'locked', // lock_not_available
  '40001': 'locked', // serialization_failure, after every retry
  '40P01': 'locked', // deadlock_detected, likewise
  '57P01': 'no-server', // admin_shutdown
  '57P03': 'no-server', // cannot_connect_now: starting up or shutting down
  '08006': 'no-server', // connection_failure
  '3D000': 'no-database', // invalid_catalog_name
  '28P01': 'login-refused', // invalid_password
  '28000': 'login-refused', // invalid_authorization_specification: no such role, or pg_hba refuses
};
// A server not there (Node's socket errors, which are only ever the server's for a PostgreSQL store).
const NO_SERVER = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN']);

/**
 * The fault an error of SQLite's or PostgreSQL's stands for, if it is one (a file's ENOSPC or EACCES is
 * not the store's). `server` says the store is PostgreSQL's, whose socket errors are its server's.
 */
export function storeFaultOf(error: unknown, server = false): StoreFaultKind | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  if (server && (NO_SERVER.has(code) || code === 'ENOENT')) return 'no-server';
  if (/^[0-9A-Z]{5}$/.test(code)) return FAULT_OF_SQLSTATE[code];
  // Extended codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE, SQLITE_CORRUPT_INDEX) by their family.
  const family = code.match(/^SQLITE_[A-Z]+/)?.[0] ?? code;
  return FAULT_OF_CODE[family];
}

/** Runs `work`, turning a fault of the store's file or disk into a StoreError for `path`. */
export async function asStoreFault<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw storeErrorOf(path, error);
  }
}

function storeErrorOf(path: string, error: unknown): unknown {
  if (error instanceof StoreError) return error;
  const server = isServerLocation(path);
  let kind = storeFaultOf(error, server);
  if (!kind) return error;
  if (server) return new StoreError(kind, path, (error as Error).message);
  // SQLite cannot make the files it reads a WAL store with (-shm) on a read-only disk.
  if (['cannot-open', 'read-only', 'disk-error'].includes(kind) && !writable(dirOf(path))) kind = 'read-only-disk';
  // A disk with no room left fails in SQLite as an I/O error when it cannot even make its -shm file.
  else if ((kind === 'disk-error' || kind === 'cannot-open') && freeBytes(dirOf(path)) < 1 << 20) kind = 'disk-full';
  else if (kind === 'cannot-open' && !writable(path)) kind = 'permission';
  return new StoreError(kind, path, (error as Error).message);
}

function freeBytes(dir: string): number {
  try {
    const { bavail, bsize } = statfsSync(dir);
    return bavail * bsize;
  } catch {
    return Infinity;
  }
}

/** Whether a store's location names a PostgreSQL server (postgres://, postgresql://) rather than a file. */
export const isServerLocation = (location: string) => /^postgres(ql)?:\/\//i.test(location);

const dirOf = (path: string) => path.replace(/\/[^/]*$/, '') || '/';

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export interface OpenOptions {
  /** How long to wait for another process's write lock, in milliseconds (default 10 s). */
  busyTimeoutMs?: number;
  /** A PostgreSQL database with no store in it is a StoreError ('no-store') rather than made one. */
  mustExist?: boolean;
}

/**
 * Opens the store at `path`, read-only when the file cannot be written (a report may still be made
 * from a store it may not change, where SQLite allows), and brings it up to date if it is behind.
 */
export async function openSqliteStore(path: string, options: OpenOptions = {}): Promise<Store> {
  const busyMs = options.busyTimeoutMs ?? 10_000;
  return asStoreFault(path, async () => {
    const readonly = deniedWriting(path);
    // A file with something in it already is checked to be a store before anything is set on it.
    const existing = sizeOf(path) > 0;
    const native = new Sqlite(path, { readonly });
    try {
      // First, so that a second process opening the store while the first sets it up waits for it.
      native.pragma(`busy_timeout = ${busyMs}`);
      if (existing) await untilNotBusy(busyMs, async () => checkIsStore(native, path));
      if (!readonly) {
        // Changing the journal mode waits for no busy handler: again, while another process makes the store.
        await untilNotBusy(busyMs, async () => native.pragma('journal_mode = WAL'));
        // better-sqlite3 builds WAL with synchronous=NORMAL, which can lose the last commits on power loss.
        native.pragma('synchronous = FULL');
      }
      native.pragma('foreign_keys = ON');
    } catch (error) {
      native.close();
      throw error;
    }
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: native }) });
    const store: Store = { db, dialect: dialects.sqlite, close: () => db.destroy() };
    try {
      await untilNotBusy(busyMs, () => checkNotNewer(store, path));
      if (await untilNotBusy(busyMs, () => behind(store))) {
        if (readonly) throw new StoreError('read-only', path, 'the store must be brought up to date first');
        await migrate(store);
      }
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  });
}

/** Whether the file is there but may not be written (not merely not there yet: another process may be making it). */
function deniedWriting(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch (error) {
    return ['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '');
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Runs a read, again while SQLite answers SQLITE_BUSY without waiting (as it may while another process
 * turns a new store to WAL), for up to `ms`.
 */
async function untilNotBusy<T>(ms: number, read: () => Promise<T>): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await read();
    } catch (error) {
      if (storeFaultOf(error) !== 'locked' || Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** A file SQLite reads but that holds tables of something else is not a store either (nor is it changed). */
function checkIsStore(native: Sqlite.Database, path: string): void {
  const tables = native.prepare(`select name from sqlite_master where type = 'table'`).pluck().all() as string[];
  if (tables.length > 0 && !tables.includes('kysely_migration'))
    throw new StoreError('not-a-store', path, `an SQLite database of something else (tables ${tables.slice(0, 3)})`);
}

async function doneMigrations(store: Store): Promise<string[] | undefined> {
  const has = await store.dialect.hasTable('kysely_migration').execute(store.db);
  if (!Number(has.rows[0]?.n)) return undefined;
  const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(store.db);
  return rows.rows.map((r) => r.name);
}

/** A store written by a newer version has migrations this one does not know: it is left untouched. */
export async function checkNotNewer(store: Store, path: string): Promise<void> {
  const known = await migrationsFor(store.dialect).getMigrations();
  const unknown = ((await doneMigrations(store)) ?? []).filter((name) => !(name in known));
  if (unknown.length > 0) throw new StoreError('newer', path, unknown.join(', '));
}

/** Whether a migration is still to run (read without the write lock, so a report need not wait for it). */
export async function behind(store: Store): Promise<boolean> {
  const known = Object.keys(await migrationsFor(store.dialect).getMigrations());
  const done = new Set((await doneMigrations(store)) ?? []);
  return known.some((name) => !done.has(name));
}

/**
 * Brings the store up to date under the write lock, taken before the migrator looks at what is done
 * (issue 11): of two processes opening a new store at once, the second waits, then finds nothing to
 * do. With kysely's own transaction (a plain BEGIN) both read "nothing done", both ran the first
 * migration, and one failed.
 */
export async function migrate(store: Store): Promise<void> {
  const migrator = (db: Kysely<Database>) =>
    new Migrator({
      db,
      provider: migrationsFor(store.dialect),
      disableTransactions: true,
      ...(store.schema ? { migrationTableSchema: store.schema } : {}),
    });
  const outcome: MigrationResultSet = await store.db.connection().execute(async (db) => {
    await store.dialect.beginMigrations.execute(db);
    try {
      await store.dialect.migrationLock?.execute(db);
      const result = await migrator(db).migrateToLatest();
      // A failed migration is undone whole, with the migrator's own bookkeeping.
      await sql.raw(result.error ? 'rollback' : 'commit').execute(db);
      return result;
    } catch (error) {
      // SQLite has already rolled back after some errors (a full disk): the first error is the one to tell.
      await sql`rollback`.execute(db).catch(() => undefined);
      throw error;
    }
  });
  const { error, results } = outcome;
  if (error) {
    // A fault of the disk (full, read-only) is said as such; anything else in a migration is a bug.
    if (storeFaultOf(error)) throw error;
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
    throw new Error(`the store could not be brought up to date (${failed}): ${(error as Error).message ?? error}`);
  }
}
