// Issue 17: an OLE container is named for what it is, from the names of its streams wherever its
// directory lies: a Word .doc is not an ".xls", and an encrypted workbook whose directory lies past
// the first 1 MB (a large one) is still known as password-protected.
import { describe, expect, it } from 'vitest';
import { sniffFile } from '../../../src/ingest/read/sniff-file.js';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file of `size` bytes whose directory names `streams`, at byte `at`. */
function oleFile(streams: readonly string[], at: number, size = at + 4096): Buffer {
  const bytes = Buffer.alloc(size);
  Buffer.from(OLE).copy(bytes);
  streams.forEach((name, i) => Buffer.from(name, 'utf16le').copy(bytes, at + i * 128));
  return bytes;
}

describe('sniffFile on OLE containers', () => {
  it('knows an encrypted workbook whose directory lies past the first 1 MB', () => {
    const bytes = oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'], 3 << 20);
    expect(sniffFile(bytes, 'big-return.xlsx')).toEqual({ kind: 'refused', ruleId: 'file.encrypted' });
  });

  it('names a Word document as one, not as an .xls', () => {
    const doc = oleFile(['Root Entry', 'WordDocument', '1Table'], 1024);
    expect(sniffFile(doc, 'letter.doc')).toEqual({
      kind: 'refused',
      ruleId: 'file.not-a-return',
      actual: 'a Word document (.doc)',
    });
    expect(sniffFile(doc, 'ks2.xls')).toEqual({
      kind: 'refused',
      ruleId: 'file.misnamed',
      actual: 'a Word document (.doc)',
    });
  });

  it('still takes any other OLE file for an old .xls, as before', () => {
    for (const stream of ['Workbook', 'Something'])
      expect(sniffFile(oleFile(['Root Entry', stream], 1024), 'ks2.xls')).toEqual({
        kind: 'refused',
        ruleId: 'file.xls',
      });
  });
});
