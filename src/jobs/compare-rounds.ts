// Two rounds of the same year side by side: each area's rate in both and the change in points, as
// tidy csv (codes with their labels) or as markdown for a reader.
import type { Store } from '../store/open-store.js';
import { buildPredictionsReport, type PredictionsReportOptions } from './predictions-report.js';
import type { Shown } from '../publish/predictions/predictions-report.js';
import { tidyTable } from '../publish/table/tidy-table.js';
import { csvWriter } from '../publish/writers/csv-writer.js';
import { markdownWriter } from '../publish/writers/md-writer.js';
import type { Heading } from '../publish/writers/writer.js';
import { text, type Column, type PublishedTable } from '../publish/table/published-table.js';
import type { Catalogue } from '../domain/catalogue.js';
import { reportText } from '../messages/report-text.js';

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

/** The tidy table: codes for a program, and beside each code its label for a person. */
export function roundChangesTable(rows: readonly RoundChange[], rounds: readonly string[], cat: Catalogue) {
  const rates = rounds.map((r) => `rate_${r.toLowerCase()}`);
  const codes = ['level', 'area_code', 'area_name', 'pupil_group', 'pupil_group_label', 'measure', 'measure_label'];
  return tidyTable(
    'round-changes',
    [...codes, ...rates, 'change'],
    rows.map((r) => [
      r.level,
      r.areaCode,
      r.areaName,
      r.pupilGroup,
      cat.pupilGroup(r.pupilGroup).label,
      r.measure,
      cat.measure(r.measure).label,
      ...r.rates,
      r.change,
    ]),
    new Set([...rates, 'change']),
  );
}

export function roundChangesCsv(rows: readonly RoundChange[], rounds: readonly string[], cat: Catalogue): string {
  return csvWriter().write([roundChangesTable(rows, rounds, cat)]);
}

/** For a reader: the area, pupil group and measure in words, each round's rate and the change, one decimal. */
export function roundChangesReaderTable(
  rows: readonly RoundChange[],
  rounds: readonly string[],
  title: string,
  cat: Catalogue,
): PublishedTable {
  const place = (r: RoundChange) =>
    r.level === 'school'
      ? reportText['school.named'](r.areaName, r.areaCode)
      : reportText['area-table.title'](r.level as 'city' | 'group', r.areaName, r.areaCode);
  const label = (code: string, heading: string): Column => ({ code, heading, kind: 'text' });
  const table: PublishedTable = {
    id: 'round-changes',
    title,
    underHeading: true,
    columns: [
      label('area', reportText['column.area']),
      label('pupil_group', reportText['column.pupil-group']),
      label('measure', reportText['column.measure']),
      ...rounds.map((r): Column => ({ code: `rate_${r.toLowerCase()}`, heading: r, kind: 'rate', decimals: 1 })),
      { code: 'change', heading: reportText['column.change'], kind: 'gap', decimals: 1, signed: true },
    ],
    rows: rows.map((r) => ({
      ...(cat.measure(r.measure).kind === 'mean' ? { decimals: 2 } : {}),
      cells: [
        text(place(r)),
        text(cat.pupilGroup(r.pupilGroup).label),
        text(cat.measure(r.measure).label),
        ...r.rates,
        r.change,
      ],
    })),
  };
  return table;
}

export const roundChangesHeading = (rounds: readonly string[], title: string): Heading => ({
  title,
  notes: [reportText['round-changes.note'](rounds)],
});

export function roundChangesMarkdown(
  rows: readonly RoundChange[],
  rounds: readonly string[],
  title: string,
  cat: Catalogue,
): string {
  return markdownWriter(roundChangesHeading(rounds, title)).write([roundChangesReaderTable(rows, rounds, title, cat)]);
}
