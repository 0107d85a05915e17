// The caps on a workbook's sheets (schemas/README.md §8): cells, merged ranges and the cells they
// cover (counted in the XML before exceljs, which copies a merge into every cell it covers: a
// merge over the whole sheet hung past 40 s at 3.6 GB, issue 11), columns, and one cell's text.
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { columnLetter } from '../../../src/ingest/read/raw-sheet.js';
import { countSheet } from '../../../src/ingest/read/sheet-xml-counts.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { rewritePart } from '../../support/zip-parts.js';
import { gist, gistOf } from '../../messages/expect-message.js';
import { oneLine, refusedWith, shipped } from './refusal.js';

const SHEET = 'xl/worksheets/sheet1.xml';
const withMerge = (bytes: Uint8Array, ref: string) =>
  rewritePart(bytes, SHEET, (xml) =>
    xml.includes('<mergeCells')
      ? xml.replace('</mergeCells>', `<mergeCell ref="${ref}"/></mergeCells>`)
      : xml.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`),
  );

describe('a worksheet', () => {
  it('of one cell more than the cap is refused, and of exactly the cap is read', async () => {
    const bytes = await proformaWorkbook();
    const { cells } = countSheet(Buffer.from(unzipSync(bytes)[SHEET]!));
    // The template's own cells (header block and table), counted by hand: 5 header rows of 2, 6 table rows of 7.
    expect(cells).toBe(5 * 2 + 6 * 7);
    const [m] = await refusedWith('cells.xlsx', bytes, { ...shipped, sheetCells: cells - 1 });
    expect(gist(m!)).toEqual(gistOf('sheet.too-many-cells', {}, { cells, limit: cells - 1 }));
    expect(oneLine(m!)).toMatch(/^cells\.xlsx: error sheet\.too-many-cells: /);
    expect(await refusedWith('cells.xlsx', bytes, { ...shipped, sheetCells: cells })).toEqual([]);
  });

  it('merged over the whole sheet is refused at once, before the reader expands it', async () => {
    const bytes = withMerge(await proformaWorkbook(), 'A1:XFD1048576');
    const started = Date.now();
    const [m] = await refusedWith('merge.xlsx', bytes);
    // 16,384 columns by 1,048,576 rows.
    expect(gist(m!)).toEqual(gistOf('sheet.merge-too-large', {}, { cells: 16_384 * 1_048_576, limit: 10_000 }));
    expect(oneLine(m!)).toMatch(/^merge\.xlsx: error sheet\.merge-too-large: /);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('with merges covering 10,001 cells is refused, and 10,000 is read', async () => {
    // J1:J10001 is 10,001 cells in one column; J1:J10000 is 10,000.
    const [m] = await refusedWith('merge.xlsx', withMerge(await proformaWorkbook(), 'J1:J10001'));
    expect(gist(m!)).toEqual(gistOf('sheet.merge-too-large', {}, { cells: 10_001, limit: 10_000 }));
    expect(await refusedWith('merge.xlsx', withMerge(await proformaWorkbook(), 'J1:J10000'))).toEqual([]);
  });

  it('with more than 1,000 merged ranges is refused', async () => {
    // 1,001 ranges of two cells each, in columns J and K below the table.
    const merges = Array.from({ length: 1001 }, (_, i) => `J${i + 20}:K${i + 20}`);
    const [m] = await refusedWith('merges.xlsx', await proformaWorkbook({ merges }));
    expect(gist(m!)).toEqual(gistOf('sheet.too-many-merges', {}, { ranges: 1001, limit: 1000 }));
  });

  it('with a cell in column 1,001 is refused, and in column 1,000 is read', async () => {
    const at = (col: number) => `${columnLetter(col - 1)}20`;
    const [m] = await refusedWith('wide.xlsx', await proformaWorkbook({ cells: { [at(1001)]: 1 } }));
    expect(gist(m!)).toEqual(
      gistOf('sheet.too-many-columns', { sheet: 'Predictions', cell: 'ALM20' }, { found: 1001, limit: 1000 }),
    );
    expect(oneLine(m!)).toMatch(/^wide\.xlsx Predictions!ALM20: error sheet\.too-many-columns: /);
    expect(await refusedWith('wide.xlsx', await proformaWorkbook({ cells: { [at(1000)]: 1 } }))).toEqual([]);
  });

  it("with a cell of 32,768 characters is refused (Excel's own cap is 32,767)", async () => {
    const [m] = await refusedWith('long.xlsx', await proformaWorkbook({ cells: { H20: 'x'.repeat(32_768) } }));
    expect(gist(m!)).toEqual(
      gistOf('cell.too-long', { sheet: 'Predictions', cell: 'H20' }, { length: 32_768, limit: 32_767 }),
    );
    expect(await refusedWith('long.xlsx', await proformaWorkbook({ cells: { H20: 'x'.repeat(32_767) } }))).toEqual([]);
  });
});
