// "If achieved" as PublishedTables: tidy (csv), and one table for a reader (md), city first.
import type { Catalogue } from '../../domain/catalogue.js';
import { forecastText } from '../../messages/forecast-text.js';
import { reportText } from '../../messages/report-text.js';
import { text, type Cell, type Column, type PublishedTable } from '../table/published-table.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';
import type { Heading } from '../writers/writer.js';
import type { IfAchievedReport, IfAchievedRow } from './if-achieved-report.js';

const code = (name: string, heading = name): Column => ({ code: name, heading, kind: 'text' });
const rate = (name: string, heading = name): Column => ({ code: name, heading, kind: 'rate', unit: 'percent' });
const gap = (name: string, heading = name): Column => ({
  code: name,
  heading,
  kind: 'gap',
  unit: 'percentage points',
  signed: true,
});
const WORDS: Record<IfAchievedRow['gap'] | IfAchievedRow['improves'], string> = {
  yes: forecastText['improves.yes'],
  no: forecastText['improves.no'],
  same: forecastText['improves.same'],
  closes: forecastText['gap.closes'],
  widens: forecastText['gap.widens'],
  unchanged: forecastText['gap.unchanged'],
  none: forecastText['gap.none'],
  c: 'c',
  x: 'x',
};
const word = (v: IfAchievedRow['gap'] | IfAchievedRow['improves']): Cell =>
  v === 'c' || v === 'x' ? v : text(WORDS[v]);

export function ifAchievedTidyTable(report: IfAchievedReport): PublishedTable {
  return {
    id: 'if-achieved',
    title: 'Data',
    tidy: true,
    columns: [
      ...['level', 'area_code', 'area_name', 'academic_year', 'key_stage', 'round', 'pupil_group', 'measure'].map((c) =>
        code(c),
      ),
      code('last_year'),
      rate('last_actual_rate'),
      rate('predicted_rate'),
      gap('change'),
      code('improves'),
      code('compared_with'),
      rate('national_compared_last_year'),
      code('national_compared_last_year_from'),
      rate('national_compared'),
      code('national_compared_from'),
      gap('gap_last_year'),
      gap('gap_if_achieved'),
      code('gap'),
    ],
    rows: report.rows.map((r) => ({
      cells: [
        ...[r.level, r.areaCode, r.areaName, report.academicYear, report.keyStage, report.round].map(text),
        ...[r.pupilGroup, r.measure, report.lastYear].map(text),
        ...[r.lastActual, r.predicted, r.change],
        word(r.improves),
        text(r.comparedWith),
        r.nationalLast,
        r.nationalLastYear ? text(r.nationalLastYear) : null,
        r.nationalNow,
        r.nationalNowYear ? text(r.nationalNowYear) : null,
        ...[r.gapLastYear, r.gapIfAchieved],
        word(r.gap),
      ],
    })),
  };
}

export const ifAchievedCsv = (report: IfAchievedReport): string => csvWriter().write([ifAchievedTidyTable(report)]);

/** The rows for a reader, city first, groups and measures by their labels (the md's table, the paper's). */
export function ifAchievedReaderTable(report: IfAchievedReport, cat: Catalogue): PublishedTable {
  return {
    id: 'if-achieved',
    title: forecastText['if-achieved.title'](report.keyStage, report.academicYear, report.round),
    underHeading: true,
    columns: [
      code('area', forecastText['column.area']),
      code('pupil_group', forecastText['column.pupil-group']),
      code('measure', forecastText['column.measure']),
      { ...rate('last_actual_rate', forecastText['column.last-actual']), decimals: 1 },
      { ...rate('predicted_rate', forecastText['column.predicted']), decimals: 1 },
      { ...gap('change', forecastText['column.change']), decimals: 1 },
      code('improves', forecastText['column.improves']),
      code('compared_with', forecastText['column.compared-with']),
      { ...gap('gap_last_year', forecastText['column.gap-last']), decimals: 1 },
      { ...gap('gap_if_achieved', forecastText['column.gap-if-achieved']), decimals: 1 },
      code('gap', forecastText['column.gap-closes']),
    ],
    rows: report.rows.map((r) => ({
      ...(r.kind === 'mean' ? { decimals: 2 } : {}),
      cells: [
        text(reportText['area-table.title'](r.level, r.areaName, r.areaCode)),
        ...[cat.pupilGroup(r.pupilGroup).label, cat.measure(r.measure).label].map(text),
        ...[r.lastActual, r.predicted, r.change],
        word(r.improves),
        text(cat.pupilGroup(r.comparedWith).label),
        ...[r.gapLastYear, r.gapIfAchieved],
        word(r.gap),
      ],
    })),
  };
}

/** The title, how the rows are judged, which national years stand in, and whether published. */
export function ifAchievedHeading(report: IfAchievedReport): Heading {
  const notes = [forecastText['if-achieved.method'](report.lastYear)];
  const standIns = new Set(
    report.rows.flatMap((r) => [
      ...(r.nationalLastYear && r.nationalLastYear !== report.lastYear
        ? [`${r.nationalLastYear} for ${report.lastYear}`]
        : []),
      ...(r.nationalNowYear && r.nationalNowYear !== report.academicYear
        ? [`${r.nationalNowYear} for ${report.academicYear}`]
        : []),
    ]),
  );
  if (standIns.size > 0) notes.push(forecastText['if-achieved.national-from']([...standIns].sort()));
  if (report.rows.length === 0) notes.push(forecastText['if-achieved.none'](report.keyStage, report.academicYear));
  if (report.published) notes.push(reportText['predictions.published'](report.threshold));
  return { title: forecastText['if-achieved.title'](report.keyStage, report.academicYear, report.round), notes };
}

export function ifAchievedMarkdown(report: IfAchievedReport, cat: Catalogue): string {
  const tables = report.rows.length > 0 ? [ifAchievedReaderTable(report, cat)] : [];
  return markdownWriter(ifAchievedHeading(report)).write(tables);
}
