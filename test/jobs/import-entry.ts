// The import alone, in a process of its own, for the crash test (issue 11, item 4). It loads, says
// "ready", and starts only when a line comes on stdin: the test starts the next process while it
// waits to kill this one, so the seconds of loading modules are not spent once a kill.
// Arguments: the store (a file, or a postgres:// URL), then the files or folders to import.
import { importReturns } from '../../src/jobs/import-returns.js';
import { openStore } from '../../src/store/store-location.js';

const [db, ...paths] = process.argv.slice(2);
if (!db || paths.length === 0) throw new Error('usage: import-entry.ts STORE PATH...');
// The import date of the tests' own runs (IMPORTED_AT), so a run here and one in the test agree.
const now = () => new Date('2014-12-01T09:00:00Z');

process.stdin.once('data', async () => {
  const store = await openStore(db);
  try {
    const { outcomes } = await importReturns(store, paths, { dryRun: false, now });
    process.stdout.write(`imported ${outcomes.length}\n`);
  } finally {
    await store.close();
  }
});
process.stdout.write('ready\n');
