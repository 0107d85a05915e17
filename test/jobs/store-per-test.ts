// The import tests' store: a fresh SQLite store with the test register before each test of a file
// that asks for one, removed after. `store` is a live binding, so a test always reads its own.
import { afterEach, beforeEach } from 'vitest';
import { tempStore, type TempStore } from '../support/temp-store.js';

/** The running test's store, set before each test of a file that called freshStoreEachTest. */
export let store: TempStore;

/** Gives each test of the calling file its own store with the test register, cleaned up after it. */
export function freshStoreEachTest(): void {
  beforeEach(async () => {
    store = await tempStore();
  });
  afterEach(async () => {
    await store.cleanup();
  });
}
