// Look inside a zip before exceljs parses it (pitfalls.md: exceljs has no decompression limit, and
// a zip's directory can lie). Every part is inflated once here, its bytes counted as they come out
// (never trusting the sizes declared), its CRC checked, and each worksheet's cells and merges
// counted, each against the caps of settings.json (schemas/README.md §8).
import { crc32, inflateRawSync } from 'node:zlib';
import { settings, type Limits } from '../../../schemas/settings.schema.js';
import { countSheet } from './sheet-xml-counts.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

export type ZipProblem =
  | { problem: 'truncated' }
  | { problem: 'not-a-workbook' }
  | { problem: 'too-many-parts'; entries: number }
  | { problem: 'too-large'; uncompressedBytes: number }
  | { problem: 'compression-ratio'; part: string }
  | { problem: 'duplicate-part'; part: string }
  | { problem: 'bad-crc'; part: string }
  | { problem: 'size-mismatch'; part: string; declared: number; actual: number }
  | { problem: 'unreadable'; part: string; detail: string }
  | { problem: 'too-many-cells'; part: string; cells: number }
  | { problem: 'too-many-merges'; part: string; ranges: number }
  | { problem: 'merge-too-large'; part: string; cells: number };

export type ZipCheck = { ok: true; entries: number; uncompressedBytes: number } | ({ ok: false } & ZipProblem);

const isWorksheet = (name: string) => name.startsWith('xl/worksheets/') && name.endsWith('.xml');

export function checkZip(bytes: Uint8Array, limits: Limits = settings.limits): ZipCheck {
  const entries = readZipDirectory(bytes);
  if (!entries) return { ok: false, problem: 'truncated' };
  if (entries.length > limits.zipEntries) return { ok: false, problem: 'too-many-parts', entries: entries.length };
  const names = new Set<string>();
  let declared = 0;
  for (const entry of entries) {
    if (names.has(entry.name)) return { ok: false, problem: 'duplicate-part', part: entry.name };
    names.add(entry.name);
    declared += entry.uncompressedSize;
  }
  // Declared too large is refused before inflating anything; declared small is then checked by inflating.
  if (declared > limits.zipUncompressedBytes) return { ok: false, problem: 'too-large', uncompressedBytes: declared };
  if (!names.has('xl/workbook.xml')) return { ok: false, problem: 'not-a-workbook' };
  let inflated = 0;
  for (const entry of entries) {
    const part = inflatePart(bytes, entry, limits, limits.zipUncompressedBytes - inflated);
    if ('problem' in part) {
      if (part.problem === 'too-large')
        return { ok: false, problem: 'too-large', uncompressedBytes: limits.zipUncompressedBytes + 1 };
      return { ok: false, ...part };
    }
    inflated += part.data.length;
    if (isWorksheet(entry.name)) {
      const counts = countSheet(part.data);
      const at = { part: entry.name };
      if (counts.cells > limits.sheetCells) return { ok: false, problem: 'too-many-cells', ...at, cells: counts.cells };
      if (counts.mergedRanges > limits.mergedRanges)
        return { ok: false, problem: 'too-many-merges', ...at, ranges: counts.mergedRanges };
      if (counts.mergedCells > limits.mergedCells)
        return { ok: false, problem: 'merge-too-large', ...at, cells: counts.mergedCells };
    }
  }
  return { ok: true, entries: entries.length, uncompressedBytes: inflated };
}

type Inflated = { data: Buffer } | { problem: 'too-large' } | Exclude<ZipProblem, { problem: 'too-large' }>;

/** One part's bytes, inflated no further than what is left of the total and the ratio allows. */
function inflatePart(bytes: Uint8Array, entry: ZipEntry, limits: Limits, left: number): Inflated {
  const stored = Buffer.from(bytes.buffer, bytes.byteOffset + entry.dataOffset, entry.compressedSize);
  const part = entry.name;
  const byRatio = Math.max(limits.zipRatioFromBytes, entry.compressedSize * limits.zipRatio);
  let data: Buffer;
  if (entry.method === 0) data = stored;
  else if (entry.method === 8) {
    try {
      // One byte past the cap, so reaching the cap exactly is not taken for passing it.
      data = inflateRawSync(stored, { maxOutputLength: Math.max(1, Math.min(left, byRatio) + 1) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE')
        return { problem: 'unreadable', part, detail: `its part ${part} cannot be inflated` };
      return byRatio < left ? { problem: 'compression-ratio', part } : { problem: 'too-large' };
    }
  } else return { problem: 'unreadable', part, detail: `its part ${part} is compressed by method ${entry.method}` };
  if (data.length > left) return { problem: 'too-large' };
  if (data.length > byRatio) return { problem: 'compression-ratio', part };
  if (data.length !== entry.uncompressedSize)
    return { problem: 'size-mismatch', part, declared: entry.uncompressedSize, actual: data.length };
  if (crc32(data) !== entry.crc) return { problem: 'bad-crc', part };
  return { data };
}
