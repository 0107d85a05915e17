// The backtest as a report, pure: each figure rounded as shown and its errors from the figures as
// shown (so a line's numbers agree), then by year and level the mean absolute error of the raw
// predictions and of the forecast. Not for publication (the command refuses --published).
import type { BacktestFigure } from '../../aggregate/forecast/backtest.js';
import type { Level } from '../../aggregate/predictions/aggregate-predictions.js';
import { roundTo } from '../../aggregate/predictions/gap-to-national.js';

/** A backtest figure as shown: its rates rounded to one place, and its errors from those. */
export interface BacktestRow extends BacktestFigure {
  /** Percentage points: the rate as shown − the actual as shown. */
  predictedError: number;
  forecastError: number;
}

export interface BacktestSummary {
  academicYear: string;
  recordYears: string[];
  level: Level;
  figures: number;
  /** Mean absolute error over the level's figures, percentage points, two places. */
  predictedMae: number;
  forecastMae: number;
}

export interface BacktestReport {
  keyStage: string;
  round: string;
  years: string[];
  rows: BacktestRow[];
  summary: BacktestSummary[];
}

const LEVELS: Level[] = ['city', 'group', 'school'];

export function backtestReportFrom(keyStage: string, round: string, years: string[], figures: BacktestFigure[]) {
  const rows: BacktestRow[] = figures.map((f) => {
    const [actual, predicted, forecast] = [f.actual, f.predicted, f.forecast].map((v) => roundTo(v, 1)) as [
      number,
      number,
      number,
    ];
    return {
      ...f,
      ...{ actual, predicted, forecast },
      predictedError: roundTo(predicted - actual, 1),
      forecastError: roundTo(forecast - actual, 1),
    };
  });
  const summary: BacktestSummary[] = [];
  for (const year of [...new Set(rows.map((r) => r.academicYear))].sort())
    for (const level of LEVELS) {
      const mine = rows.filter((r) => r.academicYear === year && r.level === level);
      if (mine.length === 0) continue;
      const mae = (pick: (r: BacktestRow) => number) =>
        roundTo(mine.reduce((s, r) => s + Math.abs(pick(r)), 0) / mine.length, 2);
      summary.push({
        academicYear: year,
        recordYears: mine[0]!.recordYears,
        level,
        figures: mine.length,
        predictedMae: mae((r) => r.predictedError),
        forecastMae: mae((r) => r.forecastError),
      });
    }
  const order = (r: BacktestRow) => LEVELS.indexOf(r.level);
  rows.sort(
    (a, b) =>
      a.academicYear.localeCompare(b.academicYear) ||
      order(a) - order(b) ||
      a.areaName.localeCompare(b.areaName) ||
      a.pupilGroup.localeCompare(b.pupilGroup) ||
      a.measure.localeCompare(b.measure),
  );
  return { keyStage, round, years, rows, summary } satisfies BacktestReport;
}
