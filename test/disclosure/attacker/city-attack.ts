// One random city attacked: its whole publication (publish-city.ts) read together by the attacker,
// and, where asked, judged against the same tables unsuppressed, so a finding can be told from a
// flaw in the attacker's model of the outputs (a range that misses the true value). The findings
// come back with the tables they are in, true figures beside published ones, small enough to check
// by hand once fast-check has shrunk the city.
import type { SuppressionEngine } from '../../../src/disclosure/engine.js';
import { parse } from 'csv-parse/sync';
import { publicationEngine } from '../../../src/jobs/publication-engine.js';
import { attack, readPublication, type Output } from './attack.js';
import type { Finding } from './findings.js';
import { cityStructure, publishAttendance, publishPredictions } from './publish-city.js';
import type { City } from './random-city.js';
import { checkWithTruth, truthValues } from './truth-check.js';

export type Part = 'predictions' | 'attendance';

export interface CityAttack {
  outputs: Output[];
  findings: Finding[];
  /** Components no table satisfies: the attacker's relations do not hold in what was published. */
  infeasible: number;
  /** Hidden cells the attack ranged. */
  ranged: number;
  /** Findings whose cell's cohort is printed as 0: known to be 0, with no pupil behind it. */
  inEmptyCohort: Set<string>;
  /** With the truth: ranges missing the true value, which would make the attacker's verdicts worthless. */
  missed: string[];
  truth?: Output[];
}

/**
 * `engine` decides the publication where given, else the one every published output uses
 * (jobs/publication-engine.ts).
 */
export async function attackCity(
  city: City,
  parts: readonly Part[],
  judge = false,
  engine?: SuppressionEngine,
): Promise<CityAttack> {
  const deciding = engine ?? (await publicationEngine());
  const publishers = {
    predictions: (c: City, published = true) => publishPredictions(c, published, deciding),
    attendance: (c: City, published = true) => publishAttendance(c, published, deciding),
  };
  const outputs = parts.flatMap((part) => publishers[part](city));
  const structure = cityStructure(city);
  const pub = readPublication(outputs, structure);
  const result = await attack(pub, structure);
  const known = (id: string | undefined) => (id === undefined ? undefined : result.reduced.known.get(id));
  const inEmptyCohort = new Set(
    result.findings.filter((f) => known(pub.cells.get(f.id)?.cohort) === 0).map((f) => f.id),
  );
  const verdict = {
    outputs,
    findings: result.findings,
    infeasible: result.infeasible.length,
    ranged: result.ranges.size,
    inEmptyCohort,
  };
  if (!judge) return { ...verdict, missed: [] };
  const truth = parts.flatMap((part) => publishers[part](city, false));
  const check = checkWithTruth(pub, result, truthValues(readPublication(truth, structure)), structure);
  return { ...verdict, truth, missed: check.missed.map((m) => `${m.id} true ${m.truth}, range [${m.min}, ${m.max}]`) };
}

export function findingLine(f: Finding): string {
  const range = f.range.min === f.range.max ? `= ${f.range.min}` : `in [${f.range.min}, ${f.range.max}]`;
  const complement = f.complement ? `, cohort − count in [${f.complement.min}, ${f.complement.max}]` : '';
  return `${f.id} ${range}${complement}: ${f.kinds.join(', ')} (hidden in ${f.hiddenIn.join(', ')})`;
}

type Row = Record<string, string>;
const read = (text: string) => parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];

const PREDICTION_COLUMNS = ['level', 'area_code', 'pupil_group', 'measure'];
const ATTENDANCE_COLUMNS = ['level', 'area_code', 'phase', 'collaborative_group', 'pupil_group', 'status'];
const FIGURES: Record<string, string[]> = {
  predictions: ['cohort', 'count', 'rate', 'gap_to_national'],
  attendance: ['enrolments', 'persistent_absentees', 'persistent_absence_rate', 'change_persistent_absence'],
};

/**
 * An output as a table to check by hand: each row's keys, then each figure as published, with
 * the true figure after an arrow where the two differ ("c ← 3": printed c, truly 3).
 */
export function outputTable(published: Output, truth: Output | undefined): string {
  const kind = published.name.startsWith('attendance') ? 'attendance' : 'predictions';
  const keys = kind === 'attendance' ? ATTENDANCE_COLUMNS : PREDICTION_COLUMNS;
  // Rows are matched by their keys: ranks put the published rows in another order than the truth's.
  const keyOf = (r: Row) => keys.map((c) => r[c]).join('|');
  const trueRows = new Map((truth ? read(truth.text) : []).map((r) => [keyOf(r), r]));
  const lines = read(published.text).map((r) => {
    const t = trueRows.get(keyOf(r));
    const figures = FIGURES[kind]!.map((c) => (t && t[c] !== r[c] ? `${r[c]} ← ${t[c]}` : (r[c] ?? '')));
    return [...keys.map((c) => r[c] ?? ''), ...figures];
  });
  const header = [...keys, ...FIGURES[kind]!];
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const line = (cells: string[]) => `| ${cells.map((x, c) => x.padEnd(widths[c]!)).join(' | ')} |`;
  return [published.name, line(header), ...lines.map(line)].join('\n');
}

/** The findings, and each output a finding is hidden in, as tables with the truth beside. */
export function report(attacked: CityAttack, seed?: string): string {
  const names = new Set(attacked.findings.flatMap((f) => f.hiddenIn.slice(0, 1)));
  const tables = attacked.outputs
    .filter((o) => names.has(o.name))
    .map((o) =>
      outputTable(
        o,
        attacked.truth?.find((t) => t.name === o.name),
      ),
    );
  return [
    ...(seed ? [`city ${seed}`] : []),
    `${attacked.findings.length} hidden cells disclosed:`,
    ...attacked.findings.map((f) => `  ${findingLine(f)}`),
    ...(attacked.infeasible ? [`${attacked.infeasible} components infeasible: the attacker misreads the outputs`] : []),
    ...attacked.missed.map((m) => `  range misses the truth: ${m}`),
    ...tables,
  ].join('\n');
}
