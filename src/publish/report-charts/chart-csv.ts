// The numbers behind a chart as CSV: text neutralised against formulas, numbers kept as
// numbers, a missing value written as the publication symbol x.
import { NOT_AVAILABLE, type ChartTable } from '../charts/index.js';
import { csvText } from '../writers/csv-text.js';

export function chartCsv(table: ChartTable): string {
  return csvText(
    table.columns,
    table.rows.map((row) => row.map((cell) => cell ?? NOT_AVAILABLE)),
  );
}
