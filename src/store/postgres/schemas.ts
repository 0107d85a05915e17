// A PostgreSQL database holds many stores, one a schema (its URL names it in search_path): the
// bench's stores are made and dropped here, so its SQL stays in the store.
import pg from 'pg';

/** The URL of the store in `schema` of the database at `url`, with any further server settings. */
export function schemaLocation(url: string, schema: string, settings = ''): string {
  const options = encodeURIComponent(`-c search_path=${schema}${settings ? ` ${settings}` : ''}`);
  return `${url}${url.includes('?') ? '&' : '?'}options=${options}`;
}

/** Makes `schema` in the database at `url` anew, empty (dropping any of that name first). */
export async function freshSchema(url: string, schema: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query(`drop schema if exists ${pg.escapeIdentifier(schema)} cascade`);
    await c.query(`create schema ${pg.escapeIdentifier(schema)}`);
  });
}

/** Drops `schema`, and every store table in it, from the database at `url`. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  await withClient(url, (c) => c.query(`drop schema if exists ${pg.escapeIdentifier(schema)} cascade`));
}

async function withClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
