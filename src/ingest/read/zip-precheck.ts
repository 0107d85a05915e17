// Look inside a zip's central directory before parsing it (pitfalls.md: exceljs has no
// decompression limit; a 5 MB workbook can expand to 1.4 GB in memory).
import { unzipSync } from 'fflate';

/** The most a return's workbook may expand to. A proforma is about 50 kB of XML. */
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
export const MAX_ENTRIES = 2000;

export type ZipCheck =
  | { ok: true; entries: number; uncompressedBytes: number }
  | {
      ok: false;
      problem: 'truncated' | 'too-large' | 'too-many-parts' | 'not-a-workbook';
      uncompressedBytes?: number;
      entries?: number;
    };

export function checkZip(bytes: Uint8Array): ZipCheck {
  let entries = 0;
  let uncompressedBytes = 0;
  let hasWorkbook = false;
  try {
    // The filter sees each entry's declared sizes and returning false skips its inflation.
    unzipSync(bytes, {
      filter(file) {
        entries++;
        uncompressedBytes += file.originalSize;
        if (file.name === 'xl/workbook.xml') hasWorkbook = true;
        return false;
      },
    });
  } catch {
    return { ok: false, problem: 'truncated' };
  }
  if (entries > MAX_ENTRIES) return { ok: false, problem: 'too-many-parts', entries };
  if (uncompressedBytes > MAX_UNCOMPRESSED_BYTES) return { ok: false, problem: 'too-large', uncompressedBytes };
  if (!hasWorkbook) return { ok: false, problem: 'not-a-workbook' };
  return { ok: true, entries, uncompressedBytes };
}
