// A zip written by hand, entry by entry, so a test can make the zips no library will: two entries
// of one name, a CRC that does not match, sizes that lie. Stored (method 0) or deflated (8).
import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';

export interface ZipPart {
  name: string;
  data: Uint8Array | string;
  /** Deflated unless false. */
  deflate?: boolean;
  /** The CRC written, if not the data's own. */
  crc?: number;
  /** The uncompressed size written, if not the data's own. */
  declaredSize?: number;
  /** Bytes written as the part's deflated stream instead of deflating `data` (a broken stream, say). */
  raw?: Uint8Array;
}

export function writeZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = typeof part.data === 'string' ? Buffer.from(part.data) : Buffer.from(part.data);
    const deflate = part.deflate !== false;
    const stored = part.raw ? Buffer.from(part.raw) : deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(part.name);
    const crc = part.crc ?? crc32(data);
    const size = part.declaredSize ?? data.length;
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0x800, at + 2); // names in UTF-8
      header.writeUInt16LE(deflate ? 8 : 0, at + 4);
      header.writeUInt32LE(0, at + 6); // time and date
      header.writeUInt32LE(crc >>> 0, at + 10);
      header.writeUInt32LE(stored.length, at + 14);
      header.writeUInt32LE(size, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    locals.push(local, name, stored);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of an xlsx, in order, to be written again with some changed. */
export function partsOf(xlsx: Uint8Array): ZipPart[] {
  return Object.entries(unzipSync(xlsx)).map(([name, data]) => ({ name, data }));
}

/** `xlsx` written again by writeZip with `change` applied to its parts. */
export function rezip(xlsx: Uint8Array, change: (parts: ZipPart[]) => ZipPart[]): Buffer {
  return writeZip(change(partsOf(xlsx)));
}
