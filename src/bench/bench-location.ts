// Where the bench's stores go: SQLite files in its folder, or, given --db postgres://…, a schema of
// its own for each in that database (made afresh, dropped at the end), so a region's store is
// measured on the same steps. The store measured with commits not waiting for the disk gets
// synchronous_commit=off in its URL (a pool's connections cannot be changed one at a time).
import { join } from 'node:path';
import { dropSchema, freshSchema, schemaLocation } from '../store/postgres/schemas.js';

const made = new Map<string, string>();

/** The location of the bench store `name` ('store.sqlite'): its file, or its schema's URL in `db`. */
export async function benchLocation(
  dir: string,
  name: string,
  db: string | undefined,
  { existing = false } = {},
): Promise<string> {
  if (!db) return join(dir, name);
  const schema = `bench_${name.replace(/\.sqlite$/, '').replace(/[^a-z0-9]/g, '_')}`;
  if (!existing) {
    await freshSchema(db, schema);
    made.set(schema, db);
  }
  return schemaLocation(db, schema, name.includes('sync-off') ? '-c synchronous_commit=off' : '');
}

/** Drops the schemas the bench made. */
export async function dropBenchSchemas(): Promise<void> {
  for (const [schema, db] of made) await dropSchema(db, schema);
}
