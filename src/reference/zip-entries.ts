// The entries of a zip (GIAS hands out Results.zip), read from its central directory and inflated
// as a stream with fflate. pitfalls.md: a zip's directory can lie, so what is actually inflated is
// capped and counted, its CRC checked against the directory's, and a name given twice refused.
import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';

export interface ZipEntry {
  /** The entry's path inside the zip, e.g. extract/edubasealldata20250101.csv. */
  name: string;
  /** The entry's bytes, inflated a slice at a time; throws ZipEntryError when they are not what the zip says. */
  chunks(): AsyncGenerator<Uint8Array>;
}

export type ZipProblem = 'damaged' | 'too-large' | 'duplicate-name' | 'unsupported';

/** Why an entry could not be read to its end, thrown from `chunks()`. */
export class ZipEntryError extends Error {
  constructor(
    readonly problem: ZipProblem,
    detail: string,
  ) {
    super(detail);
  }
}

export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem; detail: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: small enough that nothing piles up. */
const SLICE = 16 * 1024;

export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

export function zipEntries(zip: Uint8Array, maxInflated: number): ZipListing {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  if (end < 0) return { ok: false, problem: 'damaged', detail: 'no end of central directory' };
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return { ok: false, problem: 'unsupported', detail: 'a ZIP64 archive' };
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL)
      return { ok: false, problem: 'damaged', detail: 'the central directory is cut short' };
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (names.has(name)) return { ok: false, problem: 'duplicate-name', detail: name };
    names.add(name);
    if (name.endsWith('/')) continue;
    entries.push({
      name,
      chunks: () => inflate(zip, view, { name, method, crc, compressed, size, local }, maxInflated),
    });
  }
  return { ok: true, entries };
}

interface Directory {
  name: string;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  local: number;
}

async function* inflate(zip: Uint8Array, view: DataView, d: Directory, max: number): AsyncGenerator<Uint8Array> {
  if (d.local + 30 > zip.length || view.getUint32(d.local, true) !== LOCAL)
    throw new ZipEntryError('damaged', `${d.name}: its local header is missing`);
  const start = d.local + 30 + view.getUint16(d.local + 26, true) + view.getUint16(d.local + 28, true);
  const data = zip.subarray(start, start + d.compressed);
  if (data.length < d.compressed) throw new ZipEntryError('damaged', `${d.name}: the zip is cut short`);
  if (d.method !== 0 && d.method !== 8)
    throw new ZipEntryError('unsupported', `${d.name}: compression method ${d.method}`);
  let crc = 0;
  let total = 0;
  const out: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => out.push(chunk));
  for (let i = 0; i < data.length || i === 0; i += SLICE) {
    const slice = data.subarray(i, i + SLICE);
    const last = i + SLICE >= data.length;
    if (d.method === 0) out.push(slice);
    else {
      try {
        inflater.push(slice, last);
      } catch (error) {
        throw new ZipEntryError('damaged', `${d.name}: ${(error as Error).message}`);
      }
    }
    for (const chunk of out.splice(0)) {
      total += chunk.length;
      if (total > max) throw new ZipEntryError('too-large', `${d.name}: more than ${max} bytes`);
      crc = crc32(chunk, crc);
      yield chunk;
    }
    if (last) break;
  }
  if (total !== d.size || crc >>> 0 !== d.crc >>> 0)
    throw new ZipEntryError('damaged', `${d.name}: its size or CRC is not the one the zip records`);
}
