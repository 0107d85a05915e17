// A zip's central directory read by hand, entry by entry, so the pre-check sees what is really
// there: two entries of one name, sizes and CRCs to check against what inflates (pitfalls.md:
// "a zip's central directory can lie about sizes"). No inflating here.

/** One entry of the central directory. Offsets and sizes in bytes. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else Excel never writes. */
  method: number;
  crc: number;
  compressedSize: number;
  /** As the directory declares it: checked against what inflates. */
  uncompressedSize: number;
  /** Where the entry's data starts in the file (past its local header). */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const ALL_ONES = 0xffffffff;

/** The entries of the zip `bytes`, or undefined when its directory is cut short or damaged. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : NaN);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : NaN);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  // The end record is in the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535) && end < 0; at--)
    if (u32(at) === EOCD) end = at;
  if (end < 0) return undefined;
  let count = u16(end + 10);
  let at = u32(end + 16);
  if ((count === 0xffff || at === ALL_ONES) && u32(end - 20) === ZIP64_LOCATOR) {
    const z = u64(end - 12);
    if (u32(z) !== ZIP64_EOCD) return undefined;
    count = u64(z + 32);
    at = u64(z + 48);
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) return undefined;
    const nameLength = u16(at + 28);
    const extraEnd = at + 46 + nameLength + u16(at + 30);
    if (!(extraEnd <= bytes.length)) return undefined;
    const utf8 = (u16(at + 8) & 0x800) !== 0;
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString(utf8 ? 'utf8' : 'latin1');
    let uncompressedSize = u32(at + 24);
    let compressedSize = u32(at + 20);
    let local = u32(at + 42);
    // Zip64: a size or offset of all ones is given in the extra field, in this order, each 8 bytes.
    for (let x = at + 46 + nameLength; x + 4 <= extraEnd; x += 4 + u16(x + 2)) {
      if (u16(x) !== ZIP64_EXTRA) continue;
      let k = x + 4;
      const next = () => ((k += 8), u64(k - 8));
      if (uncompressedSize === ALL_ONES) uncompressedSize = next();
      if (compressedSize === ALL_ONES) compressedSize = next();
      if (local === ALL_ONES) local = next();
    }
    if (u32(local) !== LOCAL) return undefined;
    const dataOffset = local + 30 + u16(local + 26) + u16(local + 28);
    if (!(dataOffset + compressedSize <= bytes.length)) return undefined;
    entries.push({ name, method: u16(at + 10), crc: u32(at + 16), compressedSize, uncompressedSize, dataOffset });
    at = extraEnd + u16(at + 32);
  }
  return entries;
}
