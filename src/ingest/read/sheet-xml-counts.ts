// Counts in a worksheet's XML, by scanning its bytes (no parser, no pattern): its cells, and its
// merged ranges with the cells they cover. exceljs keeps every cell in memory and copies a merge's
// value into every cell it covers, so a merge over the whole sheet (A1:XFD1048576, 17 billion
// cells) hung it past 40 s at 3.6 GB (issue 11): these are capped before it sees the file.

export interface SheetCounts {
  cells: number;
  mergedRanges: number;
  mergedCells: number;
}

const QUOTE = 0x22;
// What may follow "<c" when it opens a cell: a space, a tab, a line break, ">" or "/" (not "<col").
const CELL_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

export function countSheet(xml: Buffer): SheetCounts {
  let cells = 0;
  for (let at = xml.indexOf('<c'); at >= 0; at = xml.indexOf('<c', at + 2)) if (CELL_END.has(xml[at + 2]!)) cells++;
  let mergedRanges = 0;
  let mergedCells = 0;
  for (let at = xml.indexOf('<mergeCell '); at >= 0; at = xml.indexOf('<mergeCell ', at + 11)) {
    mergedRanges++;
    const close = xml.indexOf('>', at);
    const ref = xml.indexOf('ref="', at);
    if (ref < 0 || (close >= 0 && ref > close)) continue;
    const endQuote = xml.indexOf(QUOTE, ref + 5);
    // A ref is at most "XFD1048576:XFD1048576": anything longer is not one, and covers nothing.
    if (endQuote < 0 || endQuote - ref > 5 + 21) continue;
    mergedCells += rangeArea(xml.toString('latin1', ref + 5, endQuote));
  }
  return { cells, mergedRanges, mergedCells };
}

/** Cells in an A1 range ("B2:D3" is 6, "C4" is 1), 0 for text that is not one. */
export function rangeArea(ref: string): number {
  const [from, to = from] = ref.split(':');
  const a = cellRef(from ?? '');
  const b = cellRef(to ?? '');
  if (!a || !b) return 0;
  return (Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1);
}

/** The 1-based row and column of an A1 reference, "$" signs allowed. */
export function cellRef(text: string): { row: number; col: number } | undefined {
  let col = 0;
  let row = 0;
  let i = 0;
  const t = text.replaceAll('$', '');
  for (; i < t.length && t.charCodeAt(i) >= 65 && t.charCodeAt(i) <= 90; i++) col = col * 26 + t.charCodeAt(i) - 64;
  const letters = i;
  for (; i < t.length && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57; i++) row = row * 10 + t.charCodeAt(i) - 48;
  if (letters === 0 || letters > 3 || i === letters || i !== t.length || row === 0) return undefined;
  return { row, col };
}
