// The pool of parsing processes: results come back in the order of the files, and a file that
// kills its worker (here by outgrowing a small heap) is refused alone; the files sent to that
// worker behind it are parsed by its replacement.
import { describe, expect, it } from 'vitest';
import { parseInPool, type FileToParse } from '../../../src/ingest/parse-pool.js';
import { parseWorker } from '../../../src/returns/parse-source.js';
import { sourceFile } from '../../../src/ingest/read/source-file.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { gist, gistOf } from '../../messages/expect-message.js';

const file = (name: string, bytes: Uint8Array): FileToParse => ({
  file: { path: `/returns/${name}`, name },
  source: sourceFile(`/returns/${name}`, name, bytes),
});

/** A proforma with a second sheet of 24,000 rows of long text: small on disk, large once read. */
async function heavyProforma(): Promise<Buffer> {
  // 192,000 cells: under the cap on cells (schemas/README.md §8), so it is the heap that refuses it.
  const rows = Array.from({ length: 24_000 }, (_, i) =>
    Array.from({ length: 8 }, (_, j) => `pupil note ${i}-${j} ${'x'.repeat(60)}`),
  );
  return proformaWorkbook({ otherSheets: [{ name: 'Notes', rows }] });
}

describe('parseInPool', () => {
  it('refuses only the file that killed its worker, and parses the rest in order', async () => {
    const good = await proformaWorkbook();
    const files = [
      file('a.xlsx', good),
      file('heavy.xlsx', await heavyProforma()),
      file('b.xlsx', good),
      file('c.xlsx', good),
    ];
    const results = [];
    for await (const r of parseInPool(files, parseWorker, 1, { fileTimeMs: 60_000, workerHeapMb: 64 })) {
      results.push(r);
      // Busy, as the import is while it stores a return: replies and the worker's death queue up meanwhile.
      const until = Date.now() + 300;
      while (Date.now() < until);
    }
    expect(results.map((r) => r.file.name)).toEqual(['a.xlsx', 'heavy.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(results.map((r) => r.parsed.returns.length)).toEqual([1, 0, 1, 1]);
    expect(results[1]!.parsed.fileMessages.map(gist)).toEqual([gistOf('file.too-much-memory', {}, { megabytes: 64 })]);
  }, 120_000);

  it('refuses a file that takes longer than the time limit, saying so', async () => {
    const good = await proformaWorkbook();
    const results = [];
    // 1 ms: no worker even starts in time, so each file in turn is refused for time.
    for await (const r of parseInPool([file('a.xlsx', good), file('b.xlsx', good)], parseWorker, 1, {
      fileTimeMs: 1,
      workerHeapMb: 256,
    }))
      results.push(r);
    const tooLong = gistOf('file.too-slow', {}, { seconds: 0.001 });
    expect(results.map((r) => [r.file.name, r.parsed.fileMessages.map(gist)])).toEqual([
      ['a.xlsx', [tooLong]],
      ['b.xlsx', [tooLong]],
    ]);
  }, 60_000);
});
