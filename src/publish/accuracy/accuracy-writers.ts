// Actual against predicted as PublishedTables: the tidy table (csv) of every level, and for a
// reader (md) the city's figures and each school's bias, through the writers.
import type { Catalogue } from '../../domain/catalogue.js';
import type { AccuracyRow, SchoolBias } from '../../aggregate/predictions/accuracy.js';
import { reportText } from '../../messages/report-text.js';
import { text, type Column, type PublishedTable } from '../table/published-table.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';

const code = (name: string): Column => ({ code: name, heading: name, kind: 'text' });
/** Figures: a rate in percent (a mean measure's in points); a difference or an error in percentage points. */
const figure = (name: string, heading: string, kind: 'rate' | 'gap' | 'number', decimals?: number): Column => ({
  code: name,
  heading,
  kind,
  unit: kind === 'rate' ? 'percent' : 'percentage points',
  ...(kind === 'gap' ? { signed: true } : {}),
  ...(decimals === undefined ? {} : { decimals }),
});

/** Every pair at every level; a school's row carries its mean errors over every year in the store. */
export function accuracyTidyTable(rows: readonly AccuracyRow[], bias: readonly SchoolBias[]): PublishedTable {
  return {
    id: 'accuracy',
    title: reportText['accuracy.data'],
    tidy: true,
    columns: [
      ...['level', 'area_code', 'area_name', 'pupil_group', 'measure'].map(code),
      figure('predicted', 'predicted', 'rate'),
      figure('actual', 'actual', 'rate'),
      figure('difference', 'difference', 'gap'),
      figure('school_mean_signed_error', 'school_mean_signed_error', 'gap'),
      figure('school_mean_absolute_error', 'school_mean_absolute_error', 'number'),
    ],
    rows: rows.map((r) => {
      const b = r.level === 'school' ? bias.find((x) => x.urn === r.areaCode) : undefined;
      return {
        cells: [
          ...[r.level, r.areaCode, r.areaName, r.pupilGroup, r.measure].map(text),
          r.predicted,
          r.actual,
          r.difference,
          b?.meanSignedError ?? null,
          b?.meanAbsoluteError ?? null,
        ],
      };
    }),
  };
}

export function accuracyCsv(rows: readonly AccuracyRow[], bias: readonly SchoolBias[]): string {
  return csvWriter().write([accuracyTidyTable(rows, bias)]);
}

/** The city's figures by pupil group and measure, in the catalogue's order; a mean's row to two places. */
export function accuracyCityTable(rows: readonly AccuracyRow[], cat: Catalogue): PublishedTable {
  const groupOrder = new Map(cat.pupilGroups.map((g, i) => [g.code, i]));
  const measureOrder = new Map(cat.measures.map((m, i) => [m.code, i]));
  const cityRows = rows
    .filter((r) => r.level === 'city')
    .sort(
      (a, b) =>
        groupOrder.get(a.pupilGroup)! - groupOrder.get(b.pupilGroup)! ||
        measureOrder.get(a.measure)! - measureOrder.get(b.measure)!,
    );
  return {
    id: 'city',
    title: reportText['accuracy.city'],
    columns: [
      { code: 'pupil_group', heading: reportText['column.pupil-group'], kind: 'text' },
      { code: 'measure', heading: reportText['column.measure'], kind: 'text' },
      figure('predicted', reportText['column.predicted'], 'rate', 1),
      figure('actual', reportText['column.actual'], 'rate', 1),
      figure('difference', reportText['column.difference'], 'gap', 1),
    ],
    rows: cityRows.map((r) => ({
      ...(cat.measure(r.measure).kind === 'mean' ? { decimals: 2 } : {}),
      cells: [
        text(cat.pupilGroup(r.pupilGroup).label),
        text(cat.measure(r.measure).label),
        r.predicted,
        r.actual,
        r.difference,
      ],
    })),
  };
}

/** Each school's mean signed and absolute error, over every year in the store. */
export function schoolBiasTable(bias: readonly SchoolBias[]): PublishedTable {
  return {
    id: 'school-bias',
    title: reportText['accuracy.school-bias'],
    columns: [
      { code: 'school', heading: reportText['column.school'], kind: 'text' },
      { code: 'years', heading: reportText['column.years'], kind: 'text' },
      { code: 'figures', heading: reportText['column.figures'], kind: 'count', unit: 'figures', decimals: 0 },
      figure('mean_signed_error', reportText['column.mean-signed-error'], 'gap', 1),
      figure('mean_absolute_error', reportText['column.mean-absolute-error'], 'number', 1),
    ],
    rows: bias.map((b) => ({
      cells: [
        text(reportText['school.named'](b.name, b.urn)),
        text(b.years.join(', ')),
        b.figures,
        b.meanSignedError,
        b.meanAbsoluteError,
      ],
    })),
  };
}

export function accuracyMarkdown(
  rows: readonly AccuracyRow[],
  bias: readonly SchoolBias[],
  title: string,
  cat: Catalogue,
): string {
  const notes = [reportText['accuracy.difference']];
  return markdownWriter({ title, notes }).write([accuracyCityTable(rows, cat), schoolBiasTable(bias)]);
}
