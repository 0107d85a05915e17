// Writes the hostile corpus into a folder: every case of corpus-*.ts, each for a school of its own,
// and the things only a folder can hold: copies of a good and a refused file, names with control
// characters, and a loop of symbolic links. Run by the test into a temporary folder; by hand,
// `npx tsx test/hostile/generate-corpus.ts DIR` writes it for a look.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cellCases } from './corpus-cells.js';
import type { Bytes, Cases } from './corpus-case.js';
import { csvCases } from './corpus-csv.js';
import { kindCases } from './corpus-kinds.js';
import { zipCases } from './corpus-zips.js';
import { proforma } from './returns.js';

export const CASES: Cases = {
  ...cellCases,
  ...zipCases,
  ...csvCases,
  ...kindCases,
  // Control characters and a line break in a name: printed escaped, never forging a line.
  'name-\u001b[31m-escape.xlsx': (urn) => proforma(urn),
  'name-new\naccepted forged.xlsx': (urn) => proforma(urn),
};

/** Files the generator copies byte for byte under another name, after the cases. */
export const COPIES: Record<string, string> = {
  // Named to come after the originals, which the import meets first (it walks a folder in name order).
  'zz-copy-of-good.xlsx': 'good-proforma.xlsx',
  'zz-copy-of-refused.xlsx': 'zip-bad-crc.xlsx',
};

/** The URN of the school whose return case number `i` is. */
export const urnOf = (i: number) => String(110_001 + i);

/** Writes the corpus into `dir` (which must exist); its files' names, as written. */
export async function writeCorpus(dir: string): Promise<string[]> {
  const written = new Map<string, Bytes>();
  for (const [i, [name, make]] of Object.entries(CASES).entries()) {
    const bytes = await make(urnOf(i));
    await writeFile(join(dir, name), bytes);
    written.set(name, bytes);
  }
  for (const [name, of] of Object.entries(COPIES)) await writeFile(join(dir, name), written.get(of)!);
  // links/back is the corpus folder again (a loop); links/good.xlsx is good-proforma.xlsx once more.
  await mkdir(join(dir, 'links'));
  await symlink('..', join(dir, 'links', 'back'));
  await symlink(join('..', 'good-proforma.xlsx'), join(dir, 'links', 'good.xlsx'));
  return [...written.keys(), ...Object.keys(COPIES)];
}

if (process.argv[1]?.endsWith('generate-corpus.ts') && process.argv[2]) {
  await mkdir(process.argv[2], { recursive: true });
  const names = await writeCorpus(process.argv[2]);
  console.log(`${names.length} files written to ${process.argv[2]}`);
}
