// What importReturns keeps of every file it reads: the bytes, accepted or refused, once per file
// however many returns it holds.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { storedRows } from '../support/temp-store.js';
import { importOne } from '../support/import-files.js';
import { wideCsv } from '../support/proforma-csv.js';
import { freshStoreEachTest, store } from './store-per-test.js';

freshStoreEachTest();

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('import: the source file', () => {
  it('keeps the bytes of an accepted workbook and of a refused one', async () => {
    const good = await proformaWorkbook();
    const bad = await proformaWorkbook({ cells: { C8: 'lots' } });
    await importOne(store, 'alder.xlsx', good);
    await importOne(store, 'alder-bad.xlsx', bad);
    const { sourceFiles, returns } = await storedRows(store);
    const kept = new Map(sourceFiles.map((f) => [f.sha256, f]));
    for (const [bytes, name] of [
      [good, 'alder.xlsx'],
      [bad, 'alder-bad.xlsx'],
    ] as const) {
      const file = kept.get(sha256(bytes))!;
      expect(Buffer.from(file.bytes).equals(bytes)).toBe(true);
      expect([file.size, file.file_name.endsWith(name)]).toEqual([bytes.byteLength, true]);
    }
    expect(returns.map((r) => r.sha256)).toEqual([sha256(good), sha256(bad)]);
  });

  it('keeps a bulk CSV once for all its returns', async () => {
    const csv = Buffer.from(wideCsv([{ urn: '110001' }, { urn: '110002' }]));
    await importOne(store, 'trust.csv', csv);
    const { sourceFiles, returns } = await storedRows(store);
    expect(sourceFiles.map((f) => [f.sha256, f.size])).toEqual([[sha256(csv), csv.byteLength]]);
    expect(Buffer.from(sourceFiles[0]!.bytes).toString('utf8')).toBe(csv.toString('utf8'));
    expect(returns.map((r) => r.sha256)).toEqual([sha256(csv), sha256(csv)]);
  });
});
