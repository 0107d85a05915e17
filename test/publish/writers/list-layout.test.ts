// A table laid out as a list: md writes an item a row, escaped, under its title and with no
// header; html a <ul> under an h3; xlsx its rows with no header row; csv and json the table it is.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { text, type PublishedTable } from '../../../src/publish/table/published-table.js';
import { csvWriter } from '../../../src/publish/writers/csv-writer.js';
import { htmlWriter } from '../../../src/publish/writers/html-writer.js';
import { jsonWriter } from '../../../src/publish/writers/json-writer.js';
import { markdownWriter } from '../../../src/publish/writers/md-writer.js';
import { xlsxWriter } from '../../../src/publish/writers/xlsx-writer.js';

const list: PublishedTable = {
  id: 'chase',
  title: 'No return: chase first',
  layout: 'list',
  columns: [
    { code: 'school', heading: 'School', kind: 'text' },
    { code: 'urn', heading: 'URN', kind: 'text' },
  ],
  rows: [{ key: { urn: '110001' }, cells: [text('Ash | *Elm*'), text('110001')] }, { cells: [text('=Birch'), null] }],
};

describe('a list', () => {
  it('is written in md as escaped items under its title, cells joined by a space, blanks left out', () => {
    expect(markdownWriter({ title: 'Chase' }).write([list])).toBe(
      '# Chase\n\n## No return: chase first\n\n- Ash \\| \\*Elm\\* 110001\n- =Birch\n',
    );
  });

  it('is written in html as a ul under an h3, each item escaped and keyed', () => {
    expect(
      htmlWriter().write([{ ...list, rows: [{ key: { urn: '1' }, cells: [text('<b>Ash</b>'), text('1')] }] }]),
    ).toBe('<h3>No return: chase first</h3>\n<ul><li data-urn="1">&lt;b&gt;Ash&lt;/b&gt; 1</li></ul>\n');
  });

  it('is written in xlsx with no header row, each text neutralised', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxWriter({ sheet: 'Tables' }).write([list])) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.getWorksheet('Tables')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toEqual([['No return: chase first'], ['Ash | *Elm*', '110001'], ["'=Birch"]]);
  });

  it('is written in csv and json as the table it is', () => {
    expect(csvWriter().write([list])).toBe("school,urn\nAsh | *Elm*,110001\n'=Birch,\n");
    const json = JSON.parse(jsonWriter().write([list])).tables[0];
    expect([json.layout, json.rows]).toEqual([
      'list',
      [
        { school: 'Ash | *Elm*', urn: '110001' },
        { school: '=Birch', urn: null },
      ],
    ]);
  });
});
