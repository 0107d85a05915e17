// Two rounds of the same year side by side: each area's rate in both and the change in points.
import type { Store } from '../store/open-store.js';
import { buildPredictionsReport, type PredictionsReportOptions } from './predictions-report.js';
import type { Shown } from '../publish/predictions/predictions-report.js';
import { tidyTable } from '../publish/table/tidy-table.js';
import { csvWriter } from '../publish/writers/csv-writer.js';

export interface RoundChange {
  level: string;
  areaCode: string;
  areaName: string;
  pupilGroup: string;
  measure: string;
  rates: Shown[];
  /** Last round minus first, in points, from the rates as shown. */
  change: Shown;
}

export async function compareRounds(
  store: Store,
  o: Omit<PredictionsReportOptions, 'round'>,
  rounds: readonly string[],
): Promise<RoundChange[]> {
  const reports = await Promise.all(rounds.map((round) => buildPredictionsReport(store, { ...o, round })));
  const key = (r: { level: string; areaCode: string; pupilGroup: string; measure: string }) =>
    `${r.level}|${r.areaCode}|${r.pupilGroup}|${r.measure}`;
  const byRound = reports.map((rep) => new Map(rep.rows.map((r) => [key(r), r])));
  const keys = [...new Set(reports.flatMap((rep) => rep.rows.map(key)))];
  return keys.map((k) => {
    const rows = byRound.map((m) => m.get(k));
    const any = rows.find(Boolean)!;
    const rates: Shown[] = rows.map((r) => r?.rate ?? 'x');
    const first = rates[0];
    const last = rates.at(-1);
    const change: Shown =
      typeof first === 'number' && typeof last === 'number'
        ? Math.round((last - first) * 100) / 100
        : first === 'c' || last === 'c'
          ? 'c'
          : 'x';
    return {
      level: any.level,
      areaCode: any.areaCode,
      areaName: any.areaName,
      pupilGroup: any.pupilGroup,
      measure: any.measure,
      rates,
      change,
    };
  });
}

export function roundChangesCsv(rows: readonly RoundChange[], rounds: readonly string[]): string {
  const rates = rounds.map((r) => `rate_${r.toLowerCase()}`);
  const codes = ['level', 'area_code', 'area_name', 'pupil_group', 'measure', ...rates, 'change'];
  const table = tidyTable(
    'round-changes',
    codes,
    rows.map((r) => [r.level, r.areaCode, r.areaName, r.pupilGroup, r.measure, ...r.rates, r.change]),
    new Set([...rates, 'change']),
  );
  return csvWriter().write([table]);
}
