// A real SQLite store in a temporary folder, with the test register imported. No mocks: the
// same calls the command line makes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importRegister } from '../../src/reference/import-register.js';
import { openSqliteStore, type Store } from '../../src/store/open-store.js';
import { giasCsv, LA, REGISTER, type GiasSchool } from './register.js';

export interface TempStore extends Store {
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
  const store = await openSqliteStore(join(dir, 'store.sqlite'));
  return {
    ...store,
    dir,
    cleanup: async () => {
      await store.close();
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
