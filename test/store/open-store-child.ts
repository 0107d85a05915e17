// A process that opens each store named, each at its own moment (ms since the epoch, `at` + 200 ms
// × its place), so two of these open the same new store at the same instant; prints one line each. A store
// is a file's path or a postgres:// URL.
import { openStore } from '../../src/store/store-location.js';

const [at, ...paths] = process.argv.slice(2);
for (const [i, path] of paths.entries()) {
  const when = Number(at) + i * 200;
  while (Date.now() < when - 20) await new Promise((resolve) => setTimeout(resolve, 5));
  // The last few milliseconds spun, so the two processes start within a millisecond of each other.
  while (Date.now() < when);
  try {
    const store = await openStore(path);
    await store.close();
    console.log('opened');
  } catch (error) {
    console.log(`failed: ${(error as Error).message}`);
  }
}
