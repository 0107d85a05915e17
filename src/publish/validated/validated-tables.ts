// The validated report as PublishedTables: for a reader (md), a table per measure, school by school
// in validated rank order; for a program (csv), one tidy table of every school and measure.
import type { ComparedSchool } from '../../aggregate/validated/compare-validated.js';
import { reportText } from '../../messages/report-text.js';
import { validatedText } from '../../messages/validated-text.js';
import { text, type Cell, type Column, type GssSymbol, type PublishedTable } from '../table/published-table.js';

/** What the report publishes: built by jobs/validated-report.ts. */
export interface ValidatedTablesInput {
  keyStage: string;
  measures: readonly { measure: string; paThreshold: number; decimals: number; label: string }[];
  rows: readonly ComparedSchool[];
  names: ReadonlyMap<string, string>;
}

/** The tables' own symbol as the GSS one: SUPP is suppressed (c); any other, or no line, no figure (x). */
const gss = (r: ComparedSchool): GssSymbol => (r.symbol === 'SUPP' ? 'c' : 'x');
const validatedCell = (r: ComparedSchool): Cell => r.validated ?? gss(r);
const dfeSymbol = (r: ComparedSchool): Cell => (r.symbol ? text(r.symbol) : null);

const schoolNamed = (names: ReadonlyMap<string, string>, urn: string) => {
  const name = names.get(urn);
  return name ? reportText['school.named'](name, urn) : validatedText['validated-report.school-unregistered'](urn);
};

function figureColumns(decimals: number, tidy: boolean): Column[] {
  const h = (code: string, heading: string) => (tidy ? code : heading);
  const figure = (code: string, heading: string, kind: 'rate' | 'gap'): Column => ({
    code,
    heading: h(code, heading),
    kind,
    decimals,
    // Unvalidated − validated is neither better nor worse for its sign: left uncoloured.
    ...(kind === 'gap'
      ? { signed: true, better: 'neither' as const, unit: 'percentage points' as const }
      : { unit: 'percent' as const }),
  });
  return [
    {
      code: 'validated_rank',
      heading: h('validated_rank', validatedText['validated-report.column-rank']),
      kind: 'number',
    },
    figure('validated', validatedText['validated-report.column-validated'], 'rate'),
    { code: 'dfe_symbol', heading: h('dfe_symbol', validatedText['validated-report.column-symbol']), kind: 'text' },
    figure('unvalidated', validatedText['validated-report.column-unvalidated'], 'rate'),
    figure('difference', validatedText['validated-report.column-difference'], 'gap'),
  ];
}

const figureCells = (r: ComparedSchool): Cell[] => [
  r.validatedRank ?? null,
  validatedCell(r),
  dfeSymbol(r),
  r.unvalidated ?? 'x',
  r.difference ?? 'x',
];

/** A table per measure, for a reader. */
export function validatedMeasureTables(input: ValidatedTablesInput): PublishedTable[] {
  return input.measures.map((m) => ({
    id: `validated-${m.measure}-${m.paThreshold}`,
    title: validatedText['validated-report.measure-title'](m.label, m.paThreshold),
    columns: [
      { code: 'school', heading: reportText['column.school'], kind: 'text' },
      ...figureColumns(m.decimals, false),
    ],
    rows: input.rows
      .filter((r) => r.measure === m.measure && r.paThreshold === m.paThreshold)
      .map((r) => ({
        cells: [text(schoolNamed(input.names, r.urn)), ...figureCells(r)],
        key: { urn: r.urn },
      })),
  }));
}

/** Every school and measure in one tidy table, for a program. */
export function validatedTidyTable(input: ValidatedTablesInput & { academicYear: string }): PublishedTable {
  const decimals = (r: ComparedSchool) =>
    input.measures.find((m) => m.measure === r.measure && m.paThreshold === r.paThreshold)?.decimals ?? 1;
  return {
    id: 'validated',
    title: 'validated',
    tidy: true,
    columns: [
      ...['academic_year', 'key_stage', 'urn', 'school_name', 'measure', 'pa_threshold'].map((code): Column => ({
        code,
        heading: code,
        kind: 'text',
      })),
      ...figureColumns(1, true),
    ],
    rows: input.rows.map((r) => ({
      cells: [
        text(input.academicYear),
        text(input.keyStage),
        text(r.urn),
        text(input.names.get(r.urn) ?? ''),
        text(r.measure),
        text(String(r.paThreshold)),
        ...figureCells(r),
      ],
      decimals: decimals(r),
    })),
  };
}
