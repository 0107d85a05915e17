// A real store in a temporary folder, with the test register imported. No mocks: the same calls the
// command line makes. SQLite's, in the folder; or, when SCHOOL_RETURNS_TEST_PG names a PostgreSQL
// database (npm run test:pg), a new schema of its own there, dropped after (issue 15, item 4).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { importRegister } from '../../src/reference/import-register.js';
import type { Store } from '../../src/store/open-store.js';
import { openStore } from '../../src/store/store-location.js';
import { giasCsv, LA, REGISTER, type GiasSchool } from './register.js';

/** The PostgreSQL database the tests' stores are made in, if the suite runs on PostgreSQL. */
export const TEST_PG = process.env['SCHOOL_RETURNS_TEST_PG'] || undefined;
/** Whether the stores of this run are PostgreSQL's. */
export const onPostgres = TEST_PG !== undefined;

let admin: pg.Pool | undefined;
let schemas = 0;

/**
 * Where a new store goes: `store.sqlite` in `dir`, or a new schema on the test server (its URL names
 * it in search_path, so every unqualified table is the store's). `drop` removes the schema.
 */
export async function newStoreLocation(dir: string): Promise<{ location: string; drop(): Promise<void> }> {
  if (!TEST_PG) return { location: join(dir, 'store.sqlite'), drop: async () => undefined };
  admin ??= new pg.Pool({ connectionString: TEST_PG, max: 2 });
  const schema = `sr_${process.pid}_${++schemas}_${Math.random().toString(36).slice(2, 8)}`;
  await admin.query(`create schema ${schema}`);
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return {
    location: `${TEST_PG}${TEST_PG.includes('?') ? '&' : '?'}options=${options}`,
    drop: async () => void (await admin!.query(`drop schema if exists ${schema} cascade`)),
  };
}

const dropsOfDir = new Map<string, () => Promise<void>>();

/** Where the command-line tests' store in `dir` goes (newStoreLocation); removeTestDir(dir) removes it. */
export async function testStoreLocation(dir: string): Promise<string> {
  const { location, drop } = await newStoreLocation(dir);
  dropsOfDir.set(dir, drop);
  return location;
}

/** Removes a test's folder, and the PostgreSQL schema of the store testStoreLocation put there. */
export async function removeTestDir(dir: string): Promise<void> {
  await dropsOfDir.get(dir)?.();
  dropsOfDir.delete(dir);
  await rm(dir, { recursive: true, force: true });
}

export interface TempStore extends Store {
  /** Where the store is, as --db takes it: a file's path, or a postgres:// URL. */
  location: string;
  /** The temporary folder holding the store and the files written for it. */
  dir: string;
  /** Closes the store and removes the folder. */
  cleanup(): Promise<void>;
}

export const IMPORTED_AT = new Date('2014-12-01T09:00:00Z');

export async function tempDir(prefix = 'sr-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A new store with no register in it. */
export async function emptyStore(): Promise<TempStore> {
  const dir = await tempDir();
  const { location, drop } = await newStoreLocation(dir);
  const store = await openStore(location);
  return {
    ...store,
    location,
    dir,
    cleanup: async () => {
      await store.close();
      await drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A new store with the schools of LA 874 of `schools` imported from a GIAS extract. */
export async function tempStore(schools: readonly GiasSchool[] = REGISTER): Promise<TempStore> {
  const store = await emptyStore();
  const gias = join(store.dir, 'gias.csv');
  await writeFile(gias, giasCsv(schools));
  const imported = await importRegister(store, gias, [LA]);
  if (imported.refused) throw new Error(`test register refused: ${imported.messages.map((m) => m.text).join('; ')}`);
  return store;
}

/** Writes a file of the store's folder (a reference file, say) and gives its path. */
export async function writeIn(store: TempStore, name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(store.dir, name);
  await writeFile(path, bytes);
  return path;
}

/** Every row of the tables an import writes, for asserting what was stored. */
export async function storedRows(store: Store) {
  const db = store.db;
  return {
    sourceFiles: await db.selectFrom('source_files').selectAll().execute(),
    returns: await db.selectFrom('returns').selectAll().orderBy('id').execute(),
    groups: await db.selectFrom('return_groups').selectAll().orderBy('return_id').orderBy('pupil_group').execute(),
    values: await db
      .selectFrom('return_values')
      .selectAll()
      .orderBy('return_id')
      .orderBy('pupil_group')
      .orderBy('measure')
      .execute(),
    messages: await db.selectFrom('messages').selectAll().orderBy('id').execute(),
  };
}
