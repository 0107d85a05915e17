// Issue 11, item 2: a large hostile file is parsed under the pool's time and memory caps however few
// files the run has. Before, a run of fewer than 64 files parsed in the import's own process, with
// no cap on either: this workbook (2.7 MB; past 100 MB of heap once read, in 2.6 s) was read there
// whole and accepted.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settings, type Settings } from '../../schemas/settings.schema.js';
import { POOL_MIN_FILES } from '../../src/jobs/import-returns.js';
import { gist, gistOf } from '../messages/expect-message.js';
import { CORPUS_REGISTER, proforma } from '../hostile/returns.js';
import { importFolder } from '../support/import-files.js';
import { tempStore, type TempStore } from '../support/temp-store.js';
import { rewritePart } from '../support/zip-parts.js';

/**
 * A proforma with a second sheet of 112,000 cells of random text: under every cap of the read stage
 * (cells, zip size and ratio), over inProcessMaxBytes on disk, and over a small heap once read.
 */
async function largeProforma(urn: string): Promise<Buffer> {
  const text = randomBytes(2_000_000).toString('base64');
  let at = 0;
  const rows = Array.from({ length: 14_000 }, (_, i) => {
    const cells = [...'ABCDEFGH'].map(
      (c) => `<c r="${c}${i + 1}" t="inlineStr"><is><t>${text.slice(at, (at += 24))}</t></is></c>`,
    );
    return `<row r="${i + 1}">${cells.join('')}</row>`;
  });
  const book = await proforma(urn, { otherSheets: [{ name: 'Notes', rows: [['notes']] }] });
  return rewritePart(book, 'xl/worksheets/sheet2.xml', (xml) =>
    xml.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${rows.join('')}</sheetData>`),
  );
}

/** The shipped settings with a worker heap a proforma fits in and the large file does not (measured). */
const smallHeap: Settings = { ...settings, limits: { ...settings.limits, workerHeapMb: 64 } };

let store: TempStore;
beforeEach(async () => {
  store = await tempStore(CORPUS_REGISTER);
});
afterEach(async () => {
  await store.cleanup();
});

describe('import: a file over inProcessMaxBytes in a run of few files', () => {
  it('is parsed in the pool under the run’s memory cap, and refused alone', async () => {
    const large = await largeProforma('110002');
    expect(large.byteLength).toBeGreaterThan(settings.limits.inProcessMaxBytes);
    const files = { 'a.xlsx': await proforma('110001'), 'b-large.xlsx': large, 'c.xlsx': await proforma('110003') };
    expect(Object.keys(files).length).toBeLessThan(POOL_MIN_FILES);

    const result = await importFolder(store, files, { settings: smallHeap });
    expect(result.outcomes.map((o) => [o.file, o.status, o.messages.map(gist)])).toEqual([
      [expect.stringMatching(/a\.xlsx$/), 'accepted', []],
      [expect.stringMatching(/b-large\.xlsx$/), 'refused', [gistOf('file.too-much-memory', {}, { megabytes: 64 })]],
      [expect.stringMatching(/c\.xlsx$/), 'accepted', []],
    ]);
  }, 60_000);
});
