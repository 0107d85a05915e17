// Issue 11, item 1: two people import the same folder into the same store at the same moment. Each
// return is stored once: whichever process stores it first accepts it, and the other reports it
// already imported. Before, each process accepted every return it had checked before the other
// stored it, and the same file was stored twice as current.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cityStore, startCli, type CityStore } from './import-processes.js';
import { acceptedCount, storeProblems } from './store-is-whole.js';

let city: CityStore;
beforeEach(async () => {
  city = await cityStore();
});
afterEach(async () => {
  await city.cleanup();
});

/** Each return's line under its file (--verbose): "URN 110001 2013/14 Autumn" → "accepted". */
function returnStatuses(out: readonly string[]): Map<string, string> {
  const statuses = new Map<string, string>();
  for (const line of out.filter((l) => l.startsWith('  '))) {
    const [label, what] = [line.slice(2, 22).trim(), line.slice(23).replace(/ \(.*$/, '')];
    statuses.set(what, label);
  }
  return statuses;
}

describe('import: two processes, one folder, one store, at once', () => {
  it('stores each return once; both succeed; what one stored the other calls already imported', async () => {
    const args = ['import', city.folder, '--db', city.path, '--verbose'];
    const [a, b] = await Promise.all([startCli(args).finished, startCli(args).finished]);
    expect([a.code, b.code, a.err, b.err]).toEqual([0, 0, [], []]);

    expect(await storeProblems(city, city.parts)).toEqual([]);
    expect(await acceptedCount(city)).toBe(city.parts.length);
    const [byA, byB] = [returnStatuses(a.out), returnStatuses(b.out)];
    expect(byA.size).toBe(city.parts.length);
    const pairs = [...byA].map(([what, status]) => `${[status, byB.get(what)].sort().join(' + ')}`);
    expect(new Set(pairs)).toEqual(new Set(['accepted + already imported']));
  }, 90_000);
});
