// The caps on a workbook's zip (schemas/README.md §8): the bytes its parts inflate to, counted as
// they inflate, never trusting what the zip declares (issue 11: a zip whose entries lied about
// their size peaked at 3.4 GB); the ratio of one part; and its integrity (duplicate names, CRC).
import { describe, expect, it } from 'vitest';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { gist, gistOf } from '../../messages/expect-message.js';
import { rezip, writeZip } from '../../hostile/zip-writer.js';
import { oneLine, refusedWith, shipped } from './refusal.js';

const MB = 1024 * 1024;
const workbookXml = { name: 'xl/workbook.xml', data: '<workbook/>' };

describe('a workbook zip', () => {
  it('is accepted as the template writes it', async () => {
    expect(await refusedWith('ks2.xlsx', await proformaWorkbook())).toEqual([]);
  });

  it('whose part declares 1 kB but inflates past 50 MB is refused when the count passes 50 MB, not at GBs', async () => {
    // 51 MB of text that compresses about 3 times (under the ratio), declared as 1,024 bytes.
    const line = Buffer.from('<row>0123456789abcdefghijklmnopqrstuvwxyz</row>\n');
    const big = Buffer.alloc(51 * MB);
    for (let at = 0; at < big.length; at += line.length) line.copy(big, at, 0, Math.min(line.length, big.length - at));
    const zip = writeZip([workbookXml, { name: 'xl/worksheets/sheet1.xml', data: big, declaredSize: 1024 }]);
    const before = process.memoryUsage().rss;
    const [m] = await refusedWith('lying.xlsx', zip, { ...shipped, zipRatio: 1e6 });
    expect(gist(m!)).toEqual(gistOf('file.too-large', {}, { megabytes: 51, limit: 50 }));
    expect(oneLine(m!)).toMatch(/^lying\.xlsx: error file\.too-large: the workbook expands to at least 51 MB/);
    // Inflated no further than the cap: well under the 3.4 GB of the issue.
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * MB);
  });

  it('of parts just under 50 MB in all is read as far as the zip check goes', async () => {
    const zip = writeZip([workbookXml, { name: 'xl/media/a.bin', data: Buffer.alloc(2 * MB, 7) }]);
    const limits = { ...shipped, zipUncompressedBytes: 2 * MB + 11, zipRatio: 1e6 };
    // Past the zip check, exceljs finds no sheets: not a refusal of the zip's.
    const messages = await refusedWith('under.xlsx', zip, limits);
    expect(messages.map((m) => m.ruleId)).not.toContain('file.too-large');
    const over = await refusedWith('over.xlsx', zip, { ...limits, zipUncompressedBytes: 2 * MB + 10 });
    expect(over.map((m) => m.ruleId)).toEqual(['file.too-large']);
  });

  it('whose part inflates more than 100 times its stored size, past 1 MB, is refused as a bomb', async () => {
    // 2 MB of zeros deflate to about 2 kB: a ratio near 1,000.
    const zip = writeZip([workbookXml, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2 * MB) }]);
    const [m] = await refusedWith('bomb.xlsx', zip);
    expect(gist(m!)).toEqual(gistOf('file.compression-ratio', {}, { part: 'xl/worksheets/sheet1.xml', limit: 100 }));
    expect(oneLine(m!)).toMatch(/^bomb\.xlsx: error file\.compression-ratio: /);
    // Under 1 MB the ratio is not held against it: 900 kB of zeros is no bomb.
    const small = writeZip([workbookXml, { name: 'xl/media/a.bin', data: Buffer.alloc(900 * 1024) }]);
    expect((await refusedWith('small.xlsx', small)).map((m) => m.ruleId)).not.toContain('file.compression-ratio');
  });

  it('with two parts of one name is refused, as no reader agrees which is read', async () => {
    const zip = rezip(await proformaWorkbook(), (parts) => [
      ...parts,
      { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>' },
    ]);
    const [m] = await refusedWith('twice.xlsx', zip);
    expect(gist(m!)).toEqual(gistOf('file.duplicate-part', {}, { part: 'xl/worksheets/sheet1.xml' }));
    expect(oneLine(m!)).toMatch(/^twice\.xlsx: error file\.duplicate-part: /);
  });

  it('with a stored part whose CRC does not match is refused', async () => {
    const zip = rezip(await proformaWorkbook(), (parts) =>
      parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, deflate: false, crc: 0x12345678 } : p)),
    );
    const [m] = await refusedWith('crc.xlsx', zip);
    expect(gist(m!)).toEqual(gistOf('file.bad-crc', {}, { part: 'xl/worksheets/sheet1.xml' }));
    expect(oneLine(m!)).toMatch(/^crc\.xlsx: error file\.bad-crc: /);
  });

  it('whose part declares a size other than it inflates to, within the caps, is refused', async () => {
    const zip = rezip(await proformaWorkbook(), (parts) =>
      parts.map((p) => (p.name === 'xl/styles.xml' ? { ...p, declaredSize: 10 } : p)),
    );
    const [m] = await refusedWith('sizes.xlsx', zip);
    expect(m?.ruleId).toBe('file.size-mismatch');
    expect(m?.facts).toMatchObject({ part: 'xl/styles.xml', declared: 10 });
  });

  it('of more than 2,000 parts is refused, and of 2,000 is not', async () => {
    const parts = (n: number) => [
      workbookXml,
      ...Array.from({ length: n - 1 }, (_, i) => ({ name: `xl/p${i}.xml`, data: 'x', deflate: false })),
    ];
    const [m] = await refusedWith('parts.xlsx', writeZip(parts(2001)));
    expect(gist(m!)).toEqual(gistOf('file.too-many-parts', {}, { parts: 2001, limit: 2000 }));
    const under = await refusedWith('parts.xlsx', writeZip(parts(2000)));
    expect(under.map((m) => m.ruleId)).not.toContain('file.too-many-parts');
  });
});
