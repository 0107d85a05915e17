// The numbers behind a chart as CSV, through the one csv writer: the chart table's columns are
// headed as the chart names them; a column holding any number is a figure column, where a number
// stays a number and `c` is the suppressed symbol; every other text is neutralised against
// formulas, and a missing value is written as the symbol x (not available).
import { chartText } from '../../messages/chart-text.js';
import { NOT_AVAILABLE, SUPPRESSED, type ChartCell, type ChartTable } from '../charts/index.js';
import { text, type Cell, type Column, type PublishedTable } from '../table/published-table.js';
import { csvWriter } from '../writers/csv-writer.js';

function cellOf(value: ChartCell, column: Column): Cell {
  if (value === null) return NOT_AVAILABLE;
  if (typeof value === 'number') return value;
  return column.kind !== 'text' && (value === SUPPRESSED || value === NOT_AVAILABLE) ? value : text(value);
}

/** A chart's table as a PublishedTable: tidy, one row per row of the chart's table, headed as the chart heads them. */
export function chartPublishedTable(table: ChartTable, id = 'chart'): PublishedTable {
  const columns = table.columns.map((heading, i): Column => ({
    code: heading,
    heading,
    kind: table.rows.some((row) => typeof row[i] === 'number') ? 'number' : 'text',
  }));
  return {
    id,
    title: chartText['chart.numbers'],
    tidy: true,
    columns,
    rows: table.rows.map((row) => ({ cells: columns.map((c, i) => cellOf(row[i] ?? null, c)) })),
  };
}

export function chartCsv(table: ChartTable): string {
  return csvWriter().write([chartPublishedTable(table)]);
}
