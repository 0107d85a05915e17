// A column of categories whose cells carry a colour: xlsx fills the cell and colours its words,
// html gives it the colour's class and the colour inline; md and csv write the words alone. A
// text the column does not list (or one named like a property of every object) is left unfilled.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { text, type PublishedTable } from '../../../src/publish/table/published-table.js';
import { csvWriter } from '../../../src/publish/writers/csv-writer.js';
import { htmlWriter } from '../../../src/publish/writers/html-writer.js';
import { markdownWriter } from '../../../src/publish/writers/md-writer.js';
import { xlsxWriter } from '../../../src/publish/writers/xlsx-writer.js';

const table: PublishedTable = {
  id: 'ratings',
  title: 'Ratings',
  columns: [
    { code: 'school', heading: 'School', kind: 'text' },
    {
      code: 'rating',
      heading: 'Rating',
      kind: 'text',
      colours: { Late: { name: 'rating-amber', fill: 'F6C141', ink: '1A1A1A' } },
    },
  ],
  rows: [
    { cells: [text('Ash'), text('Late')] },
    { cells: [text('Birch'), text('constructor')] },
    { cells: [text('Cedar'), null] },
  ],
};

describe('a coloured column', () => {
  it('is filled in xlsx, its words kept, and only where its text is listed', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxWriter({ sheet: 'Tables' }).write([table])) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Tables')!;
    const late = sheet.getRow(4).getCell(2);
    expect([late.value, late.fill, late.font]).toEqual([
      'Late',
      { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF6C141' } },
      { color: { argb: 'FF1A1A1A' } },
    ]);
    expect([sheet.getRow(5).getCell(2).fill, sheet.getRow(6).getCell(2).fill]).toEqual([undefined, undefined]);
  });

  it('is classed and coloured in html, and written as words alone in md and csv', () => {
    const page = htmlWriter().write([table]);
    expect(page).toContain('<td class="rating-amber" style="background: #F6C141; color: #1A1A1A">Late</td>');
    expect(page).toContain('<td>constructor</td>');
    expect(markdownWriter().write([table])).toContain('| Ash | Late |');
    expect(csvWriter().write([table]).split('\n')[1]).toBe('Ash,Late');
  });
});
