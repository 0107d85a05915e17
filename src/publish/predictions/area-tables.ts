// The table a person reads, one per area: pupil groups as rows, measures as columns, each rate
// with its gap to national beside it. `areaPublishedTable` makes it the PublishedTable that the
// markdown, the xlsx and the HTML all draw.
import type { Catalogue, Measure } from '../../domain/catalogue.js';
import { reportText } from '../../messages/report-text.js';
import { formatNumber } from '../table/format-number.js';
import { text, type Column, type PublishedTable } from '../table/published-table.js';
import type { PredictionsReport, PredictionsRow, Shown } from './predictions-report.js';

export interface AreaTable {
  title: string;
  /** The area's code: a school's URN, a collaborative group's code, the city's. */
  areaCode: string;
  /** The measures, in catalogue order. */
  measures: Measure[];
  rows: { pupilGroup: string; label: string; cohort: Shown; cells: Map<string, PredictionsRow> }[];
}

export function areaTables(report: PredictionsReport, cat: Catalogue): AreaTable[] {
  const tables = new Map<string, AreaTable>();
  for (const row of report.rows) {
    const key = `${row.level}|${row.areaCode}`;
    let table = tables.get(key);
    if (!table) {
      table = {
        title: reportText['area-table.title'](row.level, row.areaName, row.areaCode),
        areaCode: row.areaCode,
        measures: [],
        rows: [],
      };
      tables.set(key, table);
    }
    if (!table.measures.some((m) => m.code === row.measure)) table.measures.push(cat.measure(row.measure));
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
  for (const t of tables.values()) t.measures.sort((a, b) => order.get(a.code)! - order.get(b.code)!);
  return [...tables.values()];
}

/** A measure's pair of columns: its rate (percent) or mean (points), and the gap to national. */
function measureColumns(m: Measure): Column[] {
  const code = m.code;
  const mean = m.kind === 'mean';
  /** A rate to one place, a mean to two. */
  const decimals = mean ? 2 : 1;
  return [
    {
      code,
      heading: mean ? reportText['column.mean'] : reportText['column.rate'],
      group: m.label,
      kind: mean ? 'mean' : 'rate',
      unit: mean ? 'points' : 'percent',
      decimals,
      key: { measure: code, quantity: 'rate' },
    },
    {
      code: `${code}_gap`,
      heading: reportText['column.gap'],
      group: m.label,
      kind: 'gap',
      unit: mean ? 'points' : 'percentage points',
      decimals,
      signed: true,
      key: { measure: code, quantity: 'gap' },
    },
  ];
}

/** An area's table: a row per pupil group (its label, its cohort), a rate and a gap per measure. */
export function areaPublishedTable(table: AreaTable): PublishedTable {
  const first = table.rows[0]?.cells.values().next().value;
  return {
    id: first ? `${first.level}-${first.areaCode}` : table.title,
    title: table.title,
    ...(first ? { key: { level: first.level, area: first.areaCode } } : {}),
    columns: [
      { code: 'pupil_group', heading: reportText['column.pupil-group'], kind: 'text' },
      {
        code: 'cohort',
        heading: reportText['column.cohort'],
        kind: 'count',
        unit: 'pupils',
        decimals: 0,
        key: { quantity: 'cohort' },
      },
      ...table.measures.flatMap(measureColumns),
    ],
    rows: table.rows.map((row) => ({
      key: { group: row.pupilGroup },
      cells: [
        text(row.label),
        row.cohort,
        ...table.measures.flatMap(({ code }) => [
          row.cells.get(code)?.rate ?? null,
          row.cells.get(code)?.gapToNational ?? null,
        ]),
      ],
    })),
  };
}

/**
 * The disadvantaged pupils' figures against other pupils nationally, as one sentence (the
 * markdown's, under the area's table), or undefined if the table has none.
 */
export function comparisonSentence(table: AreaTable): string | undefined {
  const others = table.rows.flatMap((row) =>
    table.measures.flatMap(({ code, label }) => {
      const c = row.cells.get(code);
      if (c?.nationalOtherRate === undefined) return [];
      const rate = formatNumber(c.rate, { decimals: 1 });
      const gap = formatNumber(c.gapToNationalOther, { signed: true, decimals: 1 });
      const otherRate = formatNumber(c.nationalOtherRate, { decimals: 1 });
      return [reportText['area-table.against-other-pupils'](label, rate, otherRate, gap)];
    }),
  );
  return others.length > 0 ? reportText['area-table.comparison'](others) : undefined;
}

/** A number as the tables show it: one decimal for rates, two for means, a sign on gaps. */
export function showValue(value: Shown | undefined, options: { signed?: boolean; decimals?: number } = {}): string {
  return formatNumber(value, { signed: options.signed, decimals: options.decimals ?? 1 });
}
