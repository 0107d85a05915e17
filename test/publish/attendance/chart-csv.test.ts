// The numbers behind a chart, through the one csv writer: a school name that would run as a
// formula is neutralised, one holding a separator quoted; a number stays a number (a negative one
// is not escaped into text), a suppressed figure is c, a missing one x.
import { describe, expect, it } from 'vitest';
import { chartCsv, chartPublishedTable } from '../../../src/publish/report-charts/chart-csv.js';
import type { ChartTable } from '../../../src/publish/charts/index.js';

const table: ChartTable = {
  columns: ['Rank', 'School', 'Overall absence (%)', 'Gap (percentage points)', 'Return'],
  rows: [
    [1, '=HYPERLINK("http://x.test")', 2.4, -2.1, 'Returned'],
    [2, 'Oak; Elm', 'c', 'c', 'Returned'],
    [null, '-Ash', null, null, 'Not returned'],
  ],
};

describe('a chart csv', () => {
  it('neutralises a formula, quotes a separator, and keeps numbers and symbols', () => {
    expect(chartCsv(table).split('\n')).toEqual([
      'Rank,School,Overall absence (%),Gap (percentage points),Return',
      `1,"'=HYPERLINK(""http://x.test"")",2.4,-2.1,Returned`,
      '2,"Oak; Elm",c,c,Returned',
      `x,'-Ash,x,x,Not returned`,
      '',
    ]);
  });

  it('tells figure columns from words, so a school called c stays a name', () => {
    const published = chartPublishedTable({ columns: ['School', 'Rate'], rows: [['c', 'c']] });
    expect(published.columns.map((c) => c.kind)).toEqual(['text', 'text']);
    expect(published.rows[0]!.cells).toEqual([{ text: 'c' }, { text: 'c' }]);
    const figures = chartPublishedTable({
      columns: ['School', 'Rate'],
      rows: [
        ['c', 'c'],
        ['Ash', 4],
      ],
    });
    expect(figures.rows[0]!.cells).toEqual([{ text: 'c' }, 'c']);
  });
});
