// Files that are not what their names say: old and encrypted Office containers, documents of other
// kinds, text named as a workbook, and nothing at all.
import type { Cases } from './corpus-case.js';
import { wide } from './returns.js';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An OLE container's signature, padding, and the UTF-16 names of the streams it says it holds. */
const ole = (...streams: string[]) =>
  Buffer.concat([OLE, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le')), Buffer.alloc(512)]);

export const kindCases: Cases = {
  'old-excel.xlsx': () => ole('Workbook'),
  'encrypted.xlsx': () => ole('EncryptionInfo', 'EncryptedPackage'),
  'word-document.xlsx': () => ole('WordDocument'),
  'pdf.xlsx': () => '%PDF-1.7\n%âãÏÓ\n1 0 obj\n',
  'html.xlsx': () => '<html><body>Predictions</body></html>',
  'csv-named-xlsx.xlsx': (urn) => wide(urn),
  'random-binary.xlsx': () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)),
  'empty.xlsx': () => '',
};
