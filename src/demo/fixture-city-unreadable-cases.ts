// Refused files that are not a workbook the import can open (an old .xls, an encrypted one, a CSV
// renamed, nothing, half a file): each replaces the workbook with other bytes.
import type { FixtureCase } from './fixture-case.js';
import { longHeader, longLines } from './fixture-city-proformas.js';
import { csvLines } from './fixture-csv.js';

/** A compound-file (OLE) header and directory naming `streams`: enough to be recognised, not opened. */
function oleContainer(streams: readonly string[]): Buffer {
  const b = Buffer.alloc(512 + 512 + 1024);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(b, 0);
  b.writeUInt16LE(0x3e, 24); // minor version
  b.writeUInt16LE(3, 26); // major version: 512-byte sectors
  b.writeUInt16LE(0xfffe, 28); // little-endian
  b.writeUInt16LE(9, 30);
  b.writeUInt16LE(6, 32);
  streams.forEach((name, i) => {
    const at = 512 + 128 * i;
    b.write(name, at, 'utf16le');
    b.writeUInt16LE((name.length + 1) * 2, at + 64);
    b[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return b;
}

/** Refused files the import cannot read as a workbook at all. */
export const UNREADABLE_CASES: readonly FixtureCase[] = [
  {
    urn: '110030',
    name: 'old-excel-format',
    ext: 'xls',
    expect: 'refused',
    rules: ['file.xls'],
    note: 'an Excel 97-2003 .xls (OLE container)',
    bytes: () => oleContainer(['Root Entry', 'Workbook', '\u0005SummaryInformation']),
  },
  {
    urn: '110030',
    name: 'password-protected',
    expect: 'refused',
    rules: ['file.encrypted'],
    note: 'an encrypted workbook (OLE container with EncryptedPackage)',
    bytes: () => oleContainer(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']),
  },
  {
    urn: '110031',
    name: 'csv-renamed',
    expect: 'refused',
    rules: ['file.misnamed'],
    note: 'a long-layout CSV saved with the name .xlsx',
    bytes: (p) => Buffer.from(csvLines([longHeader(), ...longLines(p, 'code')])),
  },
  {
    urn: '110031',
    name: 'empty',
    expect: 'refused',
    rules: ['file.empty'],
    note: 'an empty file (0 bytes)',
    bytes: () => Buffer.alloc(0),
  },
  {
    urn: '110033',
    name: 'truncated',
    expect: 'refused',
    rules: ['file.truncated'],
    note: 'the first half of a real proforma',
    bytes: async (_, workbook) => {
      const whole = await workbook();
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
  },
];
