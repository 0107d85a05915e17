// The attendance officers' list: schools to target first, each with its reasons, from the
// attendance report's figures (scoring in src/aggregate/attendance/concern.ts), as PublishedTables:
// a tidy table for the csv, and for a reader the schools scored and the schools to chase.
import { concernList, type ConcernFacts } from '../../aggregate/attendance/index.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { reportText } from '../../messages/report-text.js';
import { text, type Column, type PublishedTable } from '../table/published-table.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';
import type { Heading } from '../writers/writer.js';

export interface ConcernRow {
  rank: number;
  urn: string;
  name: string;
  phase: string;
  /** Unrounded; higher = more concern. */
  score: number;
  reasons: string[];
}

export function concernRows(
  report: AttendanceReport,
  catalogue: Catalogue,
): { rows: ConcernRow[]; notReturned: { urn: string; name: string }[] } {
  const whole = catalogue.wholeCohort;
  const { absenceRate, pupilsAbsentRate } = catalogue.attendanceColumns;
  const city = report.areas.find((a) => a.level === 'city' && a.pupilGroup === whole)?.figures;
  const cityRates = city?.status === 'returned' ? city.rates : {};
  // Each weighed rate against national for the phase, or the city's where there is no national figure.
  const weighedOf = (
    rates: Readonly<Record<string, number | undefined>> | undefined,
    national?: Readonly<Record<string, number>>,
  ) => {
    const weighed = catalogue.attendanceColumns.rates.flatMap((r) => {
      const rate = rates?.[r.code];
      const comparator = national?.[r.code] ?? cityRates[r.code];
      if (r.concernPerPoint === undefined || rate === undefined || comparator === undefined) return [];
      const against = national?.[r.code] !== undefined ? ('national' as const) : ('city' as const);
      return [{ label: r.label, rate, comparator, against, perPoint: r.concernPerPoint }];
    });
    return weighed.length > 0 ? { weighed } : {};
  };
  const facts: ConcernFacts[] = report.schools.map((s) => {
    const f = s.byGroup.get(whole)!;
    const rates = f.status === 'returned' ? f.rates : undefined;
    return {
      urn: s.urn,
      persistentAbsenceRate: rates?.[pupilsAbsentRate.code],
      ...(s.nationalPersistent !== undefined ? { nationalPersistentAbsenceRate: s.nationalPersistent } : {}),
      trend: { classification: s.trend.classification, terms: s.trend.terms },
      ...(rates?.[absenceRate.code] !== undefined ? { overallAbsenceRate: rates[absenceRate.code] } : {}),
      ...(s.target ? { overallAbsenceTarget: s.target.value } : {}),
      ...weighedOf(rates, s.nationalRates),
    };
  });
  const list = concernList(facts);
  const byUrn = new Map(report.schools.map((s) => [s.urn, s]));
  return {
    rows: list.ranked.map((e) => ({
      rank: e.rank,
      urn: e.facts.urn,
      name: byUrn.get(e.facts.urn)!.name,
      phase: byUrn.get(e.facts.urn)!.phase,
      score: e.score,
      reasons: e.reasons,
    })),
    notReturned: list.notReturned.map((f) => ({ urn: f.urn, name: byUrn.get(f.urn)!.name })),
  };
}

const label = (code: string, heading: string): Column => ({ code, heading, kind: 'text' });
const figure = (code: string, heading: string, decimals?: number): Column => ({
  code,
  heading,
  kind: 'number',
  ...(decimals !== undefined ? { decimals } : {}),
});

const TIDY_COLUMNS: readonly Column[] = [
  figure('rank', 'rank'),
  label('urn', 'urn'),
  label('school', 'school'),
  label('phase', 'phase'),
  figure('score', 'score'),
  label('reasons', 'reasons'),
];

/** Every school: those scored, greatest concern first, then those with no return, to chase. */
export function concernTidyTable(report: AttendanceReport, catalogue: Catalogue): PublishedTable {
  const { rows, notReturned } = concernRows(report, catalogue);
  return {
    id: 'attendance-concern',
    title: reportText['concern-report.data'],
    tidy: true,
    columns: TIDY_COLUMNS,
    rows: [
      ...rows.map((r) => ({
        cells: [r.rank, text(r.urn), text(r.name), text(r.phase), r.score, text(r.reasons.join('; '))],
      })),
      ...notReturned.map((r) => ({
        cells: [null, text(r.urn), text(r.name), null, null, text(reportText['concern-report.no-return'])],
      })),
    ],
  };
}

/** For a reader: the schools with a score above 0, and the schools with no return, to chase first. */
export function concernReaderTables(report: AttendanceReport, catalogue: Catalogue): PublishedTable[] {
  const { rows, notReturned } = concernRows(report, catalogue);
  const scored: PublishedTable = {
    id: 'attendance-concern',
    title: reportText['concern-report.scored'],
    underHeading: true,
    columns: [
      figure('rank', reportText['column.rank']),
      label('school', reportText['column.school']),
      label('phase', reportText['column.phase']),
      figure('score', reportText['column.score'], 1),
      label('reasons', reportText['column.why']),
    ],
    rows: rows
      .filter((r) => r.score > 0)
      .map((r) => ({
        key: { urn: r.urn },
        cells: [
          r.rank,
          text(reportText['school.named'](r.name, r.urn)),
          text(r.phase),
          r.score,
          text(r.reasons.join('; ')),
        ],
      })),
  };
  const chase: PublishedTable = {
    id: 'attendance-chase',
    title: reportText['concern-report.chase'],
    layout: 'list',
    columns: [label('school', reportText['column.school'])],
    rows: notReturned.map((r) => ({ key: { urn: r.urn }, cells: [text(reportText['school.named'](r.name, r.urn))] })),
  };
  return [scored, ...(notReturned.length > 0 ? [chase] : [])];
}

export function concernCsv(report: AttendanceReport, catalogue: Catalogue): string {
  return csvWriter().write([concernTidyTable(report, catalogue)]);
}

/** The list's title (the year and the term or half term, or the year to date) and how schools are scored. */
export function concernHeading(report: AttendanceReport): Heading {
  const period = report.halfTerm
    ? reportText['period.half-term-or-year-to-date'](report.halfTerm, report.yearToDate)
    : reportText['period.term-or-year-to-date'](report.term, report.yearToDate);
  return {
    title: reportText['concern-report.title'](report.academicYear, period),
    notes: [reportText['concern-report.rules']],
  };
}

export function concernMarkdown(report: AttendanceReport, catalogue: Catalogue): string {
  return markdownWriter(concernHeading(report)).write(concernReaderTables(report, catalogue));
}
