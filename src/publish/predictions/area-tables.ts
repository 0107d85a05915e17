// The table a person reads, one per area: pupil groups as rows, measures as columns, each rate
// with its gap to national beside it. Shared by the markdown and xlsx writers.
import { catalogue } from '../../domain/catalogue.js';
import type { PredictionsReport, PredictionsRow, Shown } from './predictions-report.js';

export interface AreaTable {
  title: string;
  /** Measure codes, in catalogue order. */
  measures: string[];
  rows: { pupilGroup: string; label: string; cohort: Shown; cells: Map<string, PredictionsRow> }[];
}

export function areaTables(report: PredictionsReport): AreaTable[] {
  const cat = catalogue();
  const tables = new Map<string, AreaTable>();
  for (const row of report.rows) {
    const key = `${row.level}|${row.areaCode}`;
    let table = tables.get(key);
    if (!table) {
      const levelName = row.level === 'city' ? 'City' : row.level === 'group' ? 'Collaborative group' : 'School';
      table = {
        title: `${levelName}: ${row.areaName}${row.level === 'school' ? ` (URN ${row.areaCode})` : ''}`,
        measures: [],
        rows: [],
      };
      tables.set(key, table);
    }
    if (!table.measures.includes(row.measure)) table.measures.push(row.measure);
    let groupRow = table.rows.find((r) => r.pupilGroup === row.pupilGroup);
    if (!groupRow) {
      groupRow = {
        pupilGroup: row.pupilGroup,
        label: cat.pupilGroup(row.pupilGroup).label,
        cohort: row.cohort,
        cells: new Map(),
      };
      table.rows.push(groupRow);
    }
    // The group's cohort is the largest measure-specific one (a school may leave a measure blank).
    if (typeof row.cohort === 'number' && typeof groupRow.cohort === 'number')
      groupRow.cohort = Math.max(groupRow.cohort, row.cohort);
    else if (row.cohort === 'c') groupRow.cohort = 'c';
    groupRow.cells.set(row.measure, row);
  }
  const order = new Map(cat.measures.map((m, i) => [m.code, i]));
  for (const t of tables.values()) t.measures.sort((a, b) => order.get(a)! - order.get(b)!);
  return [...tables.values()];
}

/** A number as the tables show it: one decimal for rates, two for means, a sign on gaps. */
export function showValue(value: Shown | undefined, options: { signed?: boolean; decimals?: number } = {}): string {
  if (value === undefined) return '';
  if (typeof value !== 'number') return value;
  const text = value.toFixed(options.decimals ?? 1);
  return options.signed && value > 0 ? `+${text}` : text;
}
