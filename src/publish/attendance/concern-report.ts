// The attendance officers' list: schools to target first, each with its reasons, from the
// attendance report's figures (scoring in src/aggregate/attendance/concern.ts).
import { CONCERN_RULES, concernList, type ConcernFacts } from '../../aggregate/attendance/index.js';
import { catalogue } from '../../domain/catalogue.js';
import { csvText } from '../writers/csv-text.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { escapeMarkdown } from '../writers/md-writer.js';

export interface ConcernRow {
  rank: number;
  urn: string;
  name: string;
  phase: string;
  score: number;
  reasons: string[];
}

export function concernRows(report: AttendanceReport): {
  rows: ConcernRow[];
  notReturned: { urn: string; name: string }[];
} {
  const whole = catalogue().wholeCohort;
  const { absenceRate, pupilsAbsentRate } = catalogue().attendanceColumns;
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

export function concernCsv(report: AttendanceReport): string {
  const { rows, notReturned } = concernRows(report);
  return csvText(
    ['rank', 'urn', 'school', 'phase', 'score', 'reasons'],
    [
      ...rows.map((r) => [r.rank, r.urn, r.name, r.phase, r.score, r.reasons.join('; ')]),
      ...notReturned.map((r) => [null, r.urn, r.name, null, null, 'no return for the period: chase it']),
    ],
  );
}

export function concernMarkdown(report: AttendanceReport): string {
  const { rows, notReturned } = concernRows(report);
  const lines = [
    `# Schools of greatest attendance concern, ${report.academicYear} ` +
      `${report.yearToDate ? `year to date (${report.term})` : `${report.term} term`}`,
    '',
    'Rank 1 = greatest concern. ' + CONCERN_RULES.join(' '),
    '',
    '| Rank | School | Phase | Score | Why |',
    '|---:|---|---|---:|---|',
    ...rows
      .filter((r) => r.score > 0)
      .map(
        (r) =>
          `| ${r.rank} | ${escapeMarkdown(r.name)} (URN ${r.urn}) ` +
          `| ${r.phase} | ${r.score.toFixed(1)} | ${escapeMarkdown(r.reasons.join('; '))} |`,
      ),
  ];
  if (notReturned.length)
    lines.push(
      '',
      '## No return for the period: chase first',
      '',
      ...notReturned.map((r) => `- ${escapeMarkdown(r.name)} (URN ${r.urn})`),
    );
  return lines.join('\n') + '\n';
}
