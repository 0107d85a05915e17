// JSZip (under exceljs) stamps every zip entry with the clock, so the same workbook written
// twice differs in its bytes and its sha256. This pins every entry's DOS time and date, in the
// local headers and the central directory, so the bench's files are the same on every run.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** 1 October 2014, 00:00, as a DOS date and time. */
const DOS_DATE = ((2014 - 1980) << 9) | (10 << 5) | 1;
const DOS_TIME = 0;

/** Rewrites the zip in place and returns it; throws if it is not a well-formed zip. */
export function pinZipTimes(zip: Buffer): Buffer {
  let eocd = -1;
  for (let p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 65535); p--) {
    if (zip.readUInt32LE(p) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let k = 0; k < entries; k++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`not a zip: central entry ${k} is malformed`);
    zip.writeUInt16LE(DOS_TIME, p + 12);
    zip.writeUInt16LE(DOS_DATE, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`not a zip: local header ${k} is malformed`);
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}
