// A store is named by one location: a file path opens an SQLite store, a postgres:// URL a PostgreSQL
// one (issue 15). Everything past opening is the same kysely store.
import { isServerLocation, openSqliteStore, type OpenOptions, type Store } from './open-store.js';
import { openPostgresStore, shownLocation } from './postgres/open-postgres-store.js';

export { isServerLocation, shownLocation };

/** Opens (and brings up to date) the store at `location`: an SQLite file's path, or postgres://…. */
export function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  return isServerLocation(location) ? openPostgresStore(location, options) : openSqliteStore(location, options);
}
