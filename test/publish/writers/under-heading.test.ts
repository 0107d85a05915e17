// A table that stands straight under the publication's heading: md and xlsx write no title above
// it (the heading says what it is); html still captions it, and json still names it.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { text, type PublishedTable } from '../../../src/publish/table/published-table.js';
import { htmlWriter } from '../../../src/publish/writers/html-writer.js';
import { jsonWriter } from '../../../src/publish/writers/json-writer.js';
import { markdownWriter } from '../../../src/publish/writers/md-writer.js';
import { xlsxWriter } from '../../../src/publish/writers/xlsx-writer.js';

const ranked: PublishedTable = {
  id: 'ranked',
  title: 'Schools ranked',
  underHeading: true,
  columns: [
    { code: 'rank', heading: 'Rank', kind: 'number' },
    { code: 'school', heading: 'School', kind: 'text' },
  ],
  rows: [{ cells: [1, text('Ash')] }],
};
const heading = { title: 'Attendance', notes: ['Rank 1 = lowest absence.'] };

describe('a table under the heading', () => {
  it('has no title of its own in md', () => {
    expect(markdownWriter(heading).write([ranked])).toBe(
      '# Attendance\n\nRank 1 = lowest absence.\n\n| Rank | School |\n|---:|---|\n| 1 | Ash |\n',
    );
  });

  it('has no title row of its own in xlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await xlsxWriter({ sheet: 'Tables', heading }).write([ranked]);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.getWorksheet('Tables')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toEqual([['Attendance'], ['Rank 1 = lowest absence.'], ['Rank', 'School'], [1, 'Ash']]);
  });

  it('is still captioned in html and named in json', () => {
    expect(htmlWriter().write([ranked])).toContain('<caption>Schools ranked</caption>');
    expect(JSON.parse(jsonWriter().write([ranked])).tables[0].title).toBe('Schools ranked');
  });
});
