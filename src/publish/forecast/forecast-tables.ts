// The forecast as PublishedTables: the tidy table (csv), one row per level, area, pupil group and
// measure; and for a reader (md) one table per area, pupil groups down, each threshold measure's
// predicted rate, forecast and interval across, with the method stated above.
import type { Catalogue } from '../../domain/catalogue.js';
import { forecastText } from '../../messages/forecast-text.js';
import { reportText } from '../../messages/report-text.js';
import { text, type Cell, type Column, type PublishedTable } from '../table/published-table.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';
import type { Heading } from '../writers/writer.js';
import type { Shown } from '../predictions/predictions-report.js';
import type { ForecastReport, ForecastRow } from './forecast-report.js';

const code = (name: string): Column => ({ code: name, heading: name, kind: 'text' });
const figure = (name: string, kind: 'count' | 'rate' | 'gap' | 'number'): Column => ({
  code: name,
  heading: name,
  kind,
  ...(kind === 'count' ? { unit: 'pupils' } : kind === 'rate' ? { unit: 'percent' } : {}),
  ...(kind === 'gap' ? { unit: 'percentage points', signed: true } : {}),
  ...(kind === 'number' ? { unit: 'schools' } : {}),
});

/** Rates in percent; gaps in percentage points, positive above national. */
const TIDY: readonly Column[] = [
  ...['level', 'area_code', 'area_name', 'academic_year', 'key_stage', 'round', 'pupil_group', 'measure'].map(code),
  figure('cohort', 'count'),
  figure('count', 'count'),
  figure('rate', 'rate'),
  figure('forecast_rate', 'rate'),
  figure('forecast_lower', 'rate'),
  figure('forecast_upper', 'rate'),
  figure('national_rate', 'rate'),
  figure('gap_to_national', 'gap'),
  figure('forecast_gap_to_national', 'gap'),
  figure('schools', 'number'),
  figure('schools_with_record', 'number'),
];

export function forecastTidyTable(report: ForecastReport): PublishedTable {
  return {
    id: 'forecast',
    title: 'Data',
    tidy: true,
    columns: TIDY,
    rows: report.rows.map((r) => ({
      cells: [
        ...[r.level, r.areaCode, r.areaName, report.academicYear, report.keyStage, report.round].map(text),
        ...[r.pupilGroup, r.measure].map(text),
        ...[r.cohort, r.count, r.rate, r.forecast, r.lower, r.upper, r.nationalRate, r.gapToNational],
        r.forecastGapToNational,
        r.schools,
        r.schoolsWithRecord,
      ],
    })),
  };
}

export const forecastCsv = (report: ForecastReport): string => csvWriter().write([forecastTidyTable(report)]);

const oneDecimal = (v: Shown): string => (typeof v === 'number' ? v.toFixed(1) : v);
const intervalCell = (r: ForecastRow): Cell =>
  typeof r.lower === 'number' && typeof r.upper === 'number'
    ? text(forecastText['interval.cell'](oneDecimal(r.lower), oneDecimal(r.upper)))
    : r.lower === 'c' || r.upper === 'c'
      ? 'c'
      : 'x';

/** One area's table: a row per pupil group; per measure its predicted rate, forecast and interval. */
function areaTable(rows: readonly ForecastRow[], cat: Catalogue): PublishedTable {
  const first = rows[0]!;
  const order = new Map(cat.measures.map((m, i) => [m.code, i]));
  const measures = [...new Set(rows.map((r) => r.measure))].sort((a, b) => order.get(a)! - order.get(b)!);
  const groups = [...new Set(rows.map((r) => r.pupilGroup))];
  const columns: Column[] = [
    { code: 'pupil_group', heading: reportText['column.pupil-group'], kind: 'text' },
    ...measures.flatMap((m): Column[] => {
      const group = cat.measure(m).label;
      const rate = { kind: 'rate', unit: 'percent', decimals: 1, group } as const;
      return [
        { ...rate, code: `${m}_rate`, heading: forecastText['column.predicted'] },
        { ...rate, code: `${m}_forecast`, heading: forecastText['column.forecast'] },
        { code: `${m}_interval`, heading: forecastText['column.interval'], kind: 'text', group },
      ];
    }),
  ];
  return {
    id: `forecast-${first.level}-${first.areaCode}`,
    title: reportText['area-table.title'](first.level, first.areaName, first.areaCode),
    columns,
    rows: groups.map((g) => ({
      cells: [
        text(cat.pupilGroup(g).label),
        ...measures.flatMap((m): Cell[] => {
          const r = rows.find((x) => x.pupilGroup === g && x.measure === m);
          return r ? [r.rate, r.forecast, intervalCell(r)] : ['x', 'x', 'x'];
        }),
      ],
    })),
  };
}

/** The forecast's title and the sentences that state its record, method and interval. */
export function forecastHeading(report: ForecastReport, cat: Catalogue): Heading {
  const o = report.options;
  const order = new Map(cat.measures.map((m, i) => [m.code, i]));
  const recorded = new Set(report.cityBias.map((b) => b.measure));
  const unrecorded = [...new Set(report.rows.map((r) => r.measure))]
    .filter((m) => !recorded.has(m))
    .sort((a, b) => order.get(a)! - order.get(b)!)
    .map((m) => cat.measure(m).label);
  const notes = [
    reportText['predictions.from-returns'](report.returns),
    ...(report.recordYears.length === 0
      ? [forecastText['forecast.no-record']]
      : [
          forecastText['forecast.record'](report.recordYears, report.schoolsWithRecord, report.schools),
          forecastText['forecast.city-bias'](
            [...report.cityBias]
              .sort((a, b) => order.get(a.measure)! - order.get(b.measure)!)
              .map((b) => ({ label: cat.measure(b.measure).label, bias: b.bias })),
          ),
        ]),
    forecastText['forecast.method'](o.shrinkageYears),
    ...(report.residuals > 0
      ? [forecastText['forecast.interval'](o.intervalLevel, o.resamples, o.seed, report.residuals)]
      : []),
    ...(unrecorded.length > 0 && report.recordYears.length > 0
      ? [forecastText['forecast.unrecorded'](unrecorded)]
      : []),
    forecastText['forecast.threshold-only'],
    ...(report.published ? [forecastText['forecast.published'](report.threshold)] : []),
  ];
  return { title: forecastText['forecast.title'](report.keyStage, report.academicYear, report.round), notes };
}

/** One table per area, in the report's order. */
export function forecastReaderTables(report: ForecastReport, cat: Catalogue): PublishedTable[] {
  const areas = new Map<string, ForecastRow[]>();
  for (const r of report.rows)
    areas.set(`${r.level}|${r.areaCode}`, [...(areas.get(`${r.level}|${r.areaCode}`) ?? []), r]);
  return [...areas.values()].map((rows) => areaTable(rows, cat));
}

export const forecastMarkdown = (report: ForecastReport, cat: Catalogue): string =>
  markdownWriter(forecastHeading(report, cat)).write(forecastReaderTables(report, cat));
