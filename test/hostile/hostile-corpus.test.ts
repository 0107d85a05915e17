// Issue 11, items 2 and 5: the project's own hostile corpus (generate-corpus.ts, about 95 files:
// zip bombs, lying and damaged zips, huge merges, long digit text, 10 MB fields, NaN, formulas
// saved as 0, 820,000 duplicate lines, 100,000 columns, control characters in names, truncated and
// disguised files) imported in one real run into a real store. Every file gets the outcome of its
// manifest, each hostile one refused alone: the good files of the same run are stored, and the run
// ends within bounds of time and memory.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReturns, type ImportResult, type ReturnOutcome } from '../../src/jobs/import-returns.js';
import { IMPORTED_AT, tempStore, type TempStore } from '../support/temp-store.js';
import { writeCorpus } from './generate-corpus.js';
import { MANIFEST, type Expected } from './manifest.js';
import { CORPUS_REGISTER } from './returns.js';

const MB = 1024 * 1024;
let store: TempStore;
let folder: string;
let written: string[];
let result: ImportResult;
let took: number;
let peakRss = 0;

beforeAll(async () => {
  store = await tempStore(CORPUS_REGISTER);
  folder = join(store.dir, 'corpus');
  await mkdir(folder);
  written = await writeCorpus(folder);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = Date.now();
  try {
    result = await importReturns(store, [folder], { dryRun: false, now: () => IMPORTED_AT });
  } finally {
    took = Date.now() - started;
    clearInterval(sampler);
  }
}, 120_000);
afterAll(() => store?.cleanup());

/** A file's outcome as the manifest writes it: what became of it, and the ids of its errors and queries. */
function observed(outcomes: readonly ReturnOutcome[]): Expected {
  const [o] = outcomes;
  const said = [...new Set(o!.messages.filter((m) => m.severity !== 'warning').map((m) => m.ruleId))].sort();
  if (o!.status === 'already-imported') return { outcome: 'already-imported' };
  if (o!.status === 'accepted') return said.length > 0 ? { outcome: 'query', rules: said } : { outcome: 'accepted' };
  return { outcome: 'refused', rules: said };
}

const byFile = () => {
  const files = new Map<string, ReturnOutcome[]>();
  for (const o of result.outcomes) {
    const name = o.file.slice(folder.length + 1);
    files.set(name, [...(files.get(name) ?? []), o]);
  }
  return files;
};

describe('the hostile corpus imported in one run', () => {
  it('is the files of the manifest, each met once (the loop of links walked once, a second link to a file not listed)', () => {
    expect([...written].sort()).toEqual(Object.keys(MANIFEST).sort());
    expect(written.length).toBeGreaterThanOrEqual(60);
    expect([...byFile().keys()].sort()).toEqual(Object.keys(MANIFEST).sort());
    expect(result.outcomes).toHaveLength(written.length);
  });

  it('gives every file the outcome and rule ids of its manifest', () => {
    const files = byFile();
    const found = Object.fromEntries(Object.keys(MANIFEST).map((name) => [name, observed(files.get(name) ?? [])]));
    const expected = Object.fromEntries(
      Object.entries(MANIFEST).map(([name, e]) => [name, e.rules ? { ...e, rules: [...e.rules].sort() } : e]),
    );
    expect(found).toEqual(expected);
  });

  it('stores every good file of the same run, with its figures, and nothing of a refused one but its refusal', async () => {
    const stored = await store.db.selectFrom('returns').select(['id', 'status', 'file_name']).execute();
    const values = await store.db.selectFrom('return_values').select(['return_id']).execute();
    const withValues = new Set(values.map((v) => v.return_id));
    for (const [name, outcomes] of byFile()) {
      const o = outcomes[0]!;
      if (o.status === 'accepted') {
        expect(stored.find((r) => r.id === o.returnId)?.status, name).toBe('accepted');
        expect(withValues.has(o.returnId!), name).toBe(true);
      }
    }
    const refusedIds = stored.filter((r) => r.status === 'refused').map((r) => r.id);
    expect(refusedIds.filter((id) => withValues.has(id))).toEqual([]);
    const good = Object.values(MANIFEST).filter((e) => e.outcome === 'accepted' || e.outcome === 'query').length;
    expect(stored.filter((r) => r.status === 'accepted')).toHaveLength(good);
  });

  it('stores a formula saved as 0 as 0', async () => {
    const [formula] = byFile().get('formula-saved-zero.xlsx')!;
    const value = await store.db
      .selectFrom('return_values')
      .select('value')
      .where('return_id', '=', formula!.returnId!)
      .where('pupil_group', '=', 'all')
      .where('measure', '=', 'ks2_rwm_l5')
      .executeTakeFirst();
    expect(value?.value).toBe(0);
  });

  it('finishes within bounds: 30 s, and under 1.5 GB in this process (the workers are capped on their own)', () => {
    expect(took).toBeLessThan(30_000);
    expect(peakRss).toBeLessThan(1536 * MB);
  });
});
