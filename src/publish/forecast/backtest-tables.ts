// The backtest as PublishedTables: every figure (csv, tidy), and for a reader (md) the mean
// absolute errors by year and level, then the city's all-pupils figures year by year.
import type { Catalogue } from '../../domain/catalogue.js';
import { forecastText } from '../../messages/forecast-text.js';
import { reportText } from '../../messages/report-text.js';
import { text, type Column, type PublishedTable } from '../table/published-table.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';
import type { Heading } from '../writers/writer.js';
import type { BacktestReport, BacktestSummary } from './backtest-report.js';

const code = (name: string, heading = name): Column => ({ code: name, heading, kind: 'text' });
const rate = (name: string, heading = name): Column => ({
  code: name,
  heading,
  kind: 'rate',
  unit: 'percent',
  decimals: 1,
});
const error = (name: string, heading = name, decimals = 1): Column => ({
  code: name,
  heading,
  kind: 'gap',
  unit: 'percentage points',
  signed: true,
  // An error is neither better nor worse for its sign (its size is what counts): left uncoloured.
  better: 'neither',
  decimals,
});

export function backtestTidyTable(report: BacktestReport): PublishedTable {
  return {
    id: 'backtest',
    title: 'Data',
    tidy: true,
    columns: [
      ...['academic_year', 'learnt_from', 'key_stage', 'round', 'level', 'area_code', 'area_name'].map((c) => code(c)),
      ...['pupil_group', 'measure'].map((c) => code(c)),
      { code: 'cohort', heading: 'cohort', kind: 'count', unit: 'pupils' },
      ...['actual', 'predicted', 'forecast'].map((c) => rate(c)),
      error('predicted_error'),
      error('forecast_error'),
    ],
    rows: report.rows.map((r) => ({
      cells: [
        ...[
          r.academicYear,
          r.recordYears.join(' '),
          report.keyStage,
          report.round,
          r.level,
          r.areaCode,
          r.areaName,
        ].map(text),
        ...[r.pupilGroup, r.measure].map(text),
        ...[r.cohort, r.actual, r.predicted, r.forecast, r.predictedError, r.forecastError],
      ],
    })),
  };
}

export const backtestCsv = (report: BacktestReport): string => csvWriter().write([backtestTidyTable(report)]);

const closer = (s: BacktestSummary) =>
  forecastText[
    s.forecastMae < s.predictedMae
      ? 'better.forecast'
      : s.forecastMae > s.predictedMae
        ? 'better.predictions'
        : 'better.same'
  ];

/** For a reader: the mean absolute errors by year and level, then the city's all-pupils figures if asked. */
export function backtestReaderTables(report: BacktestReport, cat: Catalogue): PublishedTable[] {
  const order = (measure: string) => cat.measures.findIndex((m) => m.code === measure);
  const summary: PublishedTable = {
    id: 'backtest-summary',
    title: forecastText['backtest.summary'],
    columns: [
      code('academic_year', forecastText['column.year']),
      code('learnt_from', forecastText['column.record']),
      code('level', forecastText['column.level']),
      { code: 'figures', heading: forecastText['column.figures'], kind: 'number', unit: 'figures' },
      { ...error('predicted_mae', forecastText['column.predicted-mae'], 2), signed: false },
      { ...error('forecast_mae', forecastText['column.forecast-mae'], 2), signed: false },
      code('closer', forecastText['column.better']),
    ],
    rows: report.summary.map((s) => ({
      cells: [
        ...[s.academicYear, s.recordYears.join(', '), reportText['accuracy.level'](s.level)].map(text),
        ...[s.figures, s.predictedMae, s.forecastMae],
        text(closer(s)),
      ],
    })),
  };
  const city: PublishedTable = {
    id: 'backtest-city',
    title: forecastText['backtest.city'],
    columns: [
      code('academic_year', forecastText['column.year']),
      code('measure', forecastText['column.measure']),
      rate('actual', forecastText['column.actual']),
      rate('predicted', forecastText['column.predicted']),
      error('predicted_error', forecastText['column.predicted-error']),
      rate('forecast', forecastText['column.forecast']),
      error('forecast_error', forecastText['column.forecast-error']),
    ],
    rows: report.rows
      .filter((r) => r.level === 'city' && r.pupilGroup === cat.wholeCohort)
      .sort((a, b) => a.academicYear.localeCompare(b.academicYear) || order(a.measure) - order(b.measure))
      .map((r) => ({
        cells: [
          ...[r.academicYear, cat.measure(r.measure).label].map(text),
          ...[r.actual, r.predicted, r.predictedError, r.forecast, r.forecastError],
        ],
      })),
  };
  // --level without the city has no city rows: no empty table for it.
  return [summary, ...(city.rows.length > 0 ? [city] : [])];
}

export const backtestHeading = (report: BacktestReport): Heading => ({
  title: forecastText['backtest.title'](report.keyStage, report.round),
  notes: [forecastText['backtest.method']],
});

export const backtestMarkdown = (report: BacktestReport, cat: Catalogue): string =>
  markdownWriter(backtestHeading(report)).write(backtestReaderTables(report, cat));
