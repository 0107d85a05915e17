// Issue 15, item 2: two people import two versions of the same schools' returns into one store at
// the same moment. Under PostgreSQL's READ COMMITTED both could supersede the same return and one
// import then failed on the unique index of the current return (seen in about half the runs with a
// plain BEGIN); a SERIALIZABLE transaction, run again when it loses, leaves exactly one current return
// a school and term, and both versions kept whole. Runs on whichever dialect the suite runs on
// (npm test: SQLite; npm run test:pg: PostgreSQL).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceFile } from '../../src/ingest/read/source-file.js';
import { currentReturns } from '../../src/store/queries/current-returns.js';
import { parseBytes } from '../support/pipeline.js';
import { ACCEPTED_CSVS, cityStore, ROOT, type CityStore } from './import-processes.js';
import { startImporter } from './importer-process.js';
import { storeProblems } from './store-is-whole.js';

let city: CityStore;
let firsts: string[];
let seconds: string[];
beforeEach(async () => {
  // 2013/14's three terms: 143 returns of 47 and 48 schools; each resent with a blank line at the end.
  city = await cityStore(ACCEPTED_CSVS);
  firsts = [...new Set(city.parts.map((p) => p.file))];
  seconds = firsts.map((f) => f.replace(/\.csv$/, '-resent.csv'));
  for (const [i, second] of seconds.entries()) {
    const bytes = Buffer.concat([await readFile(firsts[i]!), Buffer.from('\n')]);
    await writeFile(second, bytes);
    const { sha256 } = sourceFile(second, second, bytes);
    for (const r of (await parseBytes(second, bytes)).returns) {
      const values = r.groups.reduce((n, g) => n + g.values.length, 0);
      city.parts.push({ file: second, sha256, part: r.identity.part ?? '', groups: r.groups.length, values });
    }
  }
});
afterEach(async () => {
  await city.cleanup();
});

describe('import: two versions of the same schools, two processes, one store, at once', () => {
  it('leaves one current return a school and term, and keeps every return of both versions', async () => {
    // Both processes load first, then start on the same word, so their transactions overlap.
    const entry = join(ROOT, 'test/jobs/import-entry.ts');
    const importers = [firsts, seconds].map((files) => startImporter(entry, city.path, files));
    await Promise.all(importers.map((i) => i.ready));
    for (const i of importers) {
      i.go();
      i.child.stdin!.end();
    }
    const [a, b] = await Promise.all(importers.map((i) => i.finished));
    expect([a!.code, b!.code, a!.err, b!.err]).toEqual([0, 0, [], []]);

    expect(await storeProblems(city, city.parts)).toEqual([]);
    const files = await city.db.selectFrom('source_files').select('sha256').execute();
    expect(files.map((f) => f.sha256).sort()).toEqual([...new Set(city.parts.map((p) => p.sha256))].sort());
    const accepted = await city.db.selectFrom('returns').selectAll().where('status', '=', 'accepted').execute();
    expect(accepted).toHaveLength(2 * 143);
    const current = await currentReturns(city.db, 'attendance').select(['r.urn', 'r.period']).execute();
    expect(new Set(current.map((r) => `${r.urn} ${r.period}`)).size).toBe(143);
    expect(current).toHaveLength(143);
    // Each superseded return is superseded by the other version of the same school's return.
    const byId = new Map(accepted.map((r) => [r.id, r]));
    const superseded = accepted.filter((r) => r.superseded_by !== null);
    expect(superseded).toHaveLength(143);
    for (const r of superseded) {
      const by = byId.get(r.superseded_by!)!;
      expect([by.urn, by.period, by.sha256 !== r.sha256]).toEqual([r.urn, r.period, true]);
    }
  }, 90_000);
});
