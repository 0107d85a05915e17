// An explanation as PublishedTables, for the md a person reads (and the html side file), and as
// one tidy csv, a row per part: the figure, each cell, each superseded return, each school not
// counted, each national figure, each line of the suppression decision. Outside text (school
// names, files, reasons) goes in cells, which every writer escapes, never in notes.
import { roundTo, decimalsFor } from '../../aggregate/predictions/gap-to-national.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { explainText } from '../../messages/explain-text.js';
import { text, type Cell, type Column, type PublishedTable } from '../table/published-table.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';
import { xlsxWriter, type XlsxOptions } from '../writers/xlsx-writer.js';
import { xlsxText } from '../../messages/xlsx-text.js';
import type { ExcludedSchool, ExplainedCell, Explanation } from './explanation.js';

const col = (code: string, heading: string, kind: Column['kind'] = 'text'): Column => ({ code, heading, kind });
const t = (s: string | undefined): Cell => (s === undefined || s === '' ? null : text(s));
const day = (iso: string) => iso.slice(0, 10);

export function explainedWhat(e: Explanation, cat: Catalogue): string {
  const k = e.key;
  return explainText['figure.what']({
    level: k.level,
    area: e.areaName,
    group: cat.pupilGroup(k.pupilGroup).label,
    measure: cat.measure(k.measure).label,
    keyStage: k.keyStage,
    year: k.academicYear,
    round: k.round,
  });
}

/** The sentences under the title: the figure and how it is worked, or that it is withheld. */
export function explanationNotes(e: Explanation): string[] {
  const notes: string[] = [];
  if (e.withheld) return [explainText['figure.withheld']];
  const f = e.figure!;
  const shown = roundTo(e.kind === 'mean' ? f.value : f.value, decimalsFor(e.kind)).toFixed(decimalsFor(e.kind));
  notes.push(
    e.kind === 'mean'
      ? explainText['figure.mean'](f.cohort, shown)
      : explainText['figure.rate'](f.count!, f.cohort, shown),
  );
  if (e.kind === 'threshold')
    notes.push(
      e.sum !== undefined ? explainText['figure.sum-check'](e.sum, e.cells.length) : explainText['figure.sum-withheld'],
    );
  if (e.asReturned) notes.push(explainText['figure.as-returned']);
  if (e.published) notes.push(explainText['figure.published']);
  return notes;
}

const amendmentWords = (c: ExplainedCell) =>
  c.amendments
    .map((a) =>
      [
        a.oldValue !== null ? `from ${a.oldValue} to ${a.newValue}` : '',
        `by ${a.by} on ${day(a.at)}`,
        a.reason ? `: ${a.reason}` : '',
      ]
        .filter(Boolean)
        .join(' '),
    )
    .join('; ');

const WHY = {
  refused: explainText['excluded.refused'],
  'not-returned': explainText['excluded.not-returned'],
  'no-group': explainText['excluded.no-group'],
  'no-value': explainText['excluded.no-value'],
} as const;

const whyWords = (x: ExcludedSchool) =>
  x.why === 'closed' ? explainText['excluded.closed'](x.closeDate ?? 'a date not given') : WHY[x.why];

const cellWords = (cell: 'count' | 'cohort' | 'figure', e: Explanation, cat: Catalogue) =>
  cell === 'cohort'
    ? explainText['cell.cohort']
    : cell === 'figure'
      ? explainText['cell.figure']
      : e.kind === 'mean'
        ? explainText['cell.mean']
        : explainText['cell.count'](cat.measure(e.key.measure).label);

export function explanationTables(e: Explanation, cat: Catalogue): PublishedTable[] {
  const decimals = decimalsFor(e.kind);
  const cells: PublishedTable = {
    id: 'cells',
    title: explainText['cells.title'],
    columns: [
      col('urn', 'URN'),
      col('school', 'School'),
      col('file', 'File'),
      col('sheet', 'Sheet'),
      col('place', 'Cell or line'),
      col('cohort', 'Cohort', 'count'),
      col('cohort_place', 'Cohort cell or line'),
      col('returned', 'As returned'),
      { ...col('value', 'Counted', e.kind === 'mean' ? 'mean' : 'count'), ...(e.kind === 'mean' ? { decimals } : {}) },
      col('amended', 'Amended'),
    ],
    rows: e.cells.map((c) => ({
      cells: [text(c.urn), text(c.schoolName), text(c.file), t(c.sheet), t(c.place)].concat([
        c.cohort,
        text(c.cohortPlace ?? explainText['cells.cohort-unrecorded']),
        t(c.returned),
        c.value,
        t(amendmentWords(c)),
      ]),
    })),
  };
  const superseded: PublishedTable = {
    id: 'superseded',
    title: explainText['superseded.title'],
    columns: [col('urn', 'URN'), col('file', 'File'), col('imported', 'Imported'), col('by', 'Superseded by')],
    rows: e.superseded.map((s) => ({
      cells: [text(s.urn), text(s.file), text(day(s.importedAt)), text(`return ${s.supersededBy}, ${s.byFile}`)],
    })),
    ...(e.superseded.length === 0 ? { notes: { above: [explainText['superseded.none']] } } : {}),
  };
  const excluded: PublishedTable = {
    id: 'excluded',
    title: explainText['excluded.title'],
    columns: [col('urn', 'URN'), col('school', 'School'), col('why', 'Why'), col('file', 'File')].concat(
      e.published ? [] : [col('rule', 'Rule'), col('reason', 'Reason')],
    ),
    rows: e.excluded.map((x) => ({
      cells: [text(x.urn), text(x.name), text(whyWords(x)), t(x.file)].concat(
        e.published ? [] : [t(x.ruleId), t(x.reason)],
      ),
    })),
    ...(e.excluded.length === 0 ? { notes: { above: [explainText['excluded.none']] } } : {}),
  };
  const national: PublishedTable = {
    id: 'national',
    title: explainText['national.title'],
    columns: [
      col('group', 'Pupil group'),
      col('value', 'National', e.kind === 'mean' ? 'mean' : 'rate'),
      col('year', 'Year'),
      col('source', 'Source'),
      { ...col('gap', 'Gap', 'gap'), signed: true, decimals },
    ],
    rows: e.nationals.map((n) => ({
      cells: [
        text(cat.pupilGroup(n.source.pupilGroup).label),
        n.source.value,
        text(n.source.academicYear),
        text(`${n.source.areaName}, ${n.source.source} import`),
        n.gap,
      ],
    })),
    ...(e.nationals.length === 0 ? { notes: { above: [explainText['national.none']] } } : {}),
  };
  const decision: PublishedTable = {
    id: 'suppression',
    title: explainText['suppression.title'],
    columns: [col('cell', 'Cell'), col('rule', 'Rule'), col('decision', 'Decision'), col('protects', 'Protects')],
    rows: e.decision.map((d) => ({
      cells: [text(cellWords(d.cell, e, cat)), text(d.ruleId), text(d.text), t(d.protects)],
    })),
  };
  return [cells, superseded, excluded, national, decision];
}

/** What a person reads: the title and notes, and the tables (a withheld figure's cells left out). */
function explanationDocument(e: Explanation, cat: Catalogue) {
  const heading = { title: explainText.title(explainedWhat(e, cat)), notes: explanationNotes(e) };
  const tables = explanationTables(e, cat).filter((x) => !(e.withheld && x.id === 'cells'));
  return { heading, tables };
}

export function explanationMarkdown(e: Explanation, cat: Catalogue): string {
  const { heading, tables } = explanationDocument(e, cat);
  return markdownWriter(heading).write(tables);
}

/** The md's tables as a workbook (issue 13: every output a person reads as md also as xlsx). */
export function explanationXlsx(e: Explanation, cat: Catalogue, source?: XlsxOptions['source']): Promise<Uint8Array> {
  const { heading, tables } = explanationDocument(e, cat);
  return xlsxWriter({ sheet: xlsxText['sheet.explanation'], heading, ...(source ? { source } : {}) }).write(tables);
}

const CSV_COLUMNS = [
  'part',
  'level',
  'area_code',
  'academic_year',
  'key_stage',
  'round',
  'pupil_group',
  'measure',
  'urn',
  'school_name',
  'file',
  'file_part',
  'sheet',
  'place',
  'cohort_place',
  'imported_at',
  'cohort',
  'returned',
  'value',
  'amended_from',
  'amended_by',
  'amended_at',
  'amendment_reason',
  'rule_id',
  'detail',
] as const;

type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

export function explanationCsv(e: Explanation): string {
  const k = e.key;
  const figure = {
    level: k.level,
    area_code: k.areaCode,
    academic_year: k.academicYear,
    key_stage: k.keyStage,
    round: k.round,
    pupil_group: k.pupilGroup,
    measure: k.measure,
  };
  const f = e.figure;
  const rows: CsvRow[] = [
    {
      part: 'figure',
      ...figure,
      cohort: f ? f.cohort : 'c',
      value: f ? (f.count ?? roundTo(f.value, 2)) : 'c',
      detail: f ? String(roundTo(f.value, decimalsFor(e.kind))) : 'c',
    },
    ...e.cells.map((c): CsvRow => {
      const a = c.amendments.at(-1);
      return {
        part: 'cell',
        urn: c.urn,
        school_name: c.schoolName,
        file: c.file,
        file_part: c.part,
        sheet: c.sheet,
        place: c.place,
        cohort_place: c.cohortPlace ?? explainText['cells.cohort-unrecorded'],
        imported_at: c.importedAt,
        cohort: c.cohort,
        returned: c.returned ?? null,
        value: c.value,
        ...(a
          ? { amended_from: a.oldValue, amended_by: a.by, amended_at: a.at, amendment_reason: a.reason || null }
          : {}),
      };
    }),
    ...e.superseded.map((s): CsvRow => ({
      part: 'superseded',
      urn: s.urn,
      file: s.file,
      imported_at: s.importedAt,
      detail: `superseded by return ${s.supersededBy}, ${s.byFile}`,
    })),
    ...e.excluded.map((x): CsvRow => ({
      part: 'excluded',
      urn: x.urn,
      school_name: x.name,
      file: x.file ?? null,
      rule_id: x.ruleId ?? null,
      detail: [whyWords(x), x.reason].filter(Boolean).join(': '),
    })),
    ...e.nationals.map((n): CsvRow => ({
      part: 'national',
      pupil_group: n.source.pupilGroup,
      academic_year: n.source.academicYear,
      value: n.source.value,
      detail: `${n.source.areaName}, ${n.source.source} import; gap ${n.gap}`,
    })),
    ...e.decision.map((d): CsvRow => ({
      part: 'suppression',
      rule_id: d.ruleId,
      detail: `${d.cell}: ${d.text}${d.protects ? `; it protects ${d.protects}` : ''}`,
    })),
  ];
  const table: PublishedTable = {
    id: 'explain',
    title: 'explain',
    tidy: true,
    columns: CSV_COLUMNS.map((c) => col(c, c)),
    rows: rows.map((r) => ({
      cells: CSV_COLUMNS.map((c) => {
        const v = r[c];
        return v === undefined || v === null ? null : typeof v === 'number' ? v : v === 'c' ? 'c' : text(v);
      }),
    })),
  };
  return csvWriter().write([table]);
}
