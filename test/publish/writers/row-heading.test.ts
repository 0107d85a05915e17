// A table ranked by a number heads its rows by the name beside the rank: the html writer puts the
// column it is told of in <th scope="row">, and the first column there only when it is text.
import { describe, expect, it } from 'vitest';
import { text, type PublishedTable } from '../../../src/publish/table/published-table.js';
import { tableHtml } from '../../../src/publish/writers/html-writer.js';

const ranked: PublishedTable = {
  id: 'ranked',
  title: 'Schools ranked',
  columns: [
    { code: 'rank', heading: 'Rank', kind: 'number' },
    { code: 'school', heading: 'School', kind: 'text' },
  ],
  rows: [{ key: { urn: '1' }, cells: [1, text('Ash')] }],
};

describe('the heading of a row', () => {
  it('is the column named, keyed figures around it', () => {
    expect(tableHtml(ranked, { rowHeading: 'school' }).markup).toContain(
      '<tr><td class="num" data-urn="1">1</td><th scope="row">Ash</th></tr>',
    );
  });

  it('is none when the first column is a figure and no column is named', () => {
    expect(tableHtml(ranked).markup).toContain('<tr><td class="num" data-urn="1">1</td><td>Ash</td></tr>');
  });

  it('refuses a column the table does not have', () => {
    expect(() => tableHtml(ranked, { rowHeading: 'name' })).toThrow('No column name in table ranked');
  });
});
