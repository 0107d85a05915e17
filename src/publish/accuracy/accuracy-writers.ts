// Actual against predicted as PublishedTables: the tidy table (csv) of every level, and for a
// reader (md) a table for each level asked for and each school's bias, through the writers.
import type { Catalogue } from '../../domain/catalogue.js';
import type { AccuracyRow, SchoolBias } from '../../aggregate/predictions/accuracy.js';
import type { Level } from '../../aggregate/predictions/aggregate-predictions.js';
import { reportText } from '../../messages/report-text.js';
import { text, type Column, type PublishedTable } from '../table/published-table.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';
import type { Heading } from '../writers/writer.js';

const code = (name: string): Column => ({ code: name, heading: name, kind: 'text' });
/** Figures: a rate in percent (a mean measure's in points); a difference or an error in percentage points. */
const figure = (name: string, heading: string, kind: 'rate' | 'gap' | 'number', decimals?: number): Column => ({
  code: name,
  heading,
  kind,
  unit: kind === 'rate' ? 'percent' : 'percentage points',
  // Predicted − actual is neither better nor worse for its sign: a format that colours gaps leaves it be.
  ...(kind === 'gap' ? { signed: true, better: 'neither' as const } : {}),
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

/**
 * One level's figures by area, pupil group and measure, in the catalogue's order; a mean's row to
 * two places. The city's table needs no area column; a group's or school's names its area.
 */
export function accuracyLevelTable(rows: readonly AccuracyRow[], level: Level, cat: Catalogue): PublishedTable {
  const groupOrder = new Map(cat.pupilGroups.map((g, i) => [g.code, i]));
  const measureOrder = new Map(cat.measures.map((m, i) => [m.code, i]));
  const named = (r: AccuracyRow) =>
    level === 'school' ? reportText['school.named'](r.areaName, r.areaCode) : r.areaName;
  const levelRows = rows
    .filter((r) => r.level === level)
    .sort(
      (a, b) =>
        named(a).localeCompare(named(b), 'en-GB') ||
        groupOrder.get(a.pupilGroup)! - groupOrder.get(b.pupilGroup)! ||
        measureOrder.get(a.measure)! - measureOrder.get(b.measure)!,
    );
  const area: Column[] = level === 'city' ? [] : [{ code: 'area', heading: reportText['column.area'], kind: 'text' }];
  return {
    id: level,
    title: reportText['accuracy.level'](level),
    columns: [
      ...area,
      { code: 'pupil_group', heading: reportText['column.pupil-group'], kind: 'text' },
      { code: 'measure', heading: reportText['column.measure'], kind: 'text' },
      figure('predicted', reportText['column.predicted'], 'rate', 1),
      figure('actual', reportText['column.actual'], 'rate', 1),
      figure('difference', reportText['column.difference'], 'gap', 1),
    ],
    rows: levelRows.map((r) => ({
      ...(cat.measure(r.measure).kind === 'mean' ? { decimals: 2 } : {}),
      cells: [
        ...(level === 'city' ? [] : [text(named(r))]),
        text(cat.pupilGroup(r.pupilGroup).label),
        text(cat.measure(r.measure).label),
        r.predicted,
        r.actual,
        r.difference,
      ],
    })),
  };
}

/** The city's figures by pupil group and measure. */
export const accuracyCityTable = (rows: readonly AccuracyRow[], cat: Catalogue): PublishedTable =>
  accuracyLevelTable(rows, 'city', cat);

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

/** A table for each level asked for, in the order city, group, school; each school's bias with the schools. */
export function accuracyReaderTables(
  rows: readonly AccuracyRow[],
  bias: readonly SchoolBias[],
  cat: Catalogue,
  levels: readonly Level[] = ['city', 'school'],
): PublishedTable[] {
  const tables = (['city', 'group', 'school'] as const).filter((l) => levels.includes(l));
  return [
    ...tables
      .filter((l) => l !== 'school' || rows.some((r) => r.level === 'school'))
      .map((l) => accuracyLevelTable(rows, l, cat)),
    ...(levels.includes('school') ? [schoolBiasTable(bias)] : []),
  ];
}

/** The report's title and what its difference is. */
export const accuracyHeading = (title: string): Heading => ({ title, notes: [reportText['accuracy.difference']] });

export function accuracyMarkdown(
  rows: readonly AccuracyRow[],
  bias: readonly SchoolBias[],
  title: string,
  cat: Catalogue,
  levels?: readonly Level[],
): string {
  return markdownWriter(accuracyHeading(title)).write(accuracyReaderTables(rows, bias, cat, levels));
}
