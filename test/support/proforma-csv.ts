// The same return in the CSV layouts of schemas/README.md §2, from rows like the workbook builder's.
import { EXAMPLE_MEASURE_CODES, EXAMPLE_ROWS } from './example.js';

export interface CsvReturn {
  urn?: string;
  academicYear?: string;
  keyStage?: string;
  round?: string;
  /** Measure codes or labels, one per value in each row. */
  measures?: string[];
  /** Pupil group, cohort, then a value per measure ('' or null for blank). */
  rows?: (string | number | null)[][];
}

const quote = (v: string | number | null, delimiter: string) => {
  const s = v === null ? '' : String(v);
  return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Lines joined with CRLF (as Excel writes them), each field quoted where it must be. */
export function csvText(lines: readonly (readonly (string | number | null)[])[], delimiter = ','): string {
  return lines.map((l) => l.map((v) => quote(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

const keyOf = (r: CsvReturn) => [
  r.urn ?? '110001',
  r.academicYear ?? '2014/15',
  r.keyStage ?? 'KS2',
  r.round ?? 'Autumn',
];

/** urn,academic_year,key_stage,round,pupil_group,cohort,measure,value: a line per group and measure. */
export function longCsv(returns: readonly CsvReturn[] = [{}], delimiter = ','): string {
  const lines: (string | number | null)[][] = [
    ['urn', 'academic_year', 'key_stage', 'round', 'pupil_group', 'cohort', 'measure', 'value'],
  ];
  for (const r of returns) {
    const measures = r.measures ?? EXAMPLE_MEASURE_CODES;
    for (const [group, cohort, ...values] of r.rows ?? EXAMPLE_ROWS) {
      measures.forEach((m, i) => lines.push([...keyOf(r), group!, cohort!, m, values[i] ?? null]));
    }
  }
  return csvText(lines, delimiter);
}

/** urn,academic_year,key_stage,round,pupil_group,cohort,<measure>...: a line per group. */
export function wideCsv(returns: readonly CsvReturn[] = [{}], delimiter = ','): string {
  const measures = returns[0]?.measures ?? EXAMPLE_MEASURE_CODES;
  const lines: (string | number | null)[][] = [
    ['urn', 'academic_year', 'key_stage', 'round', 'pupil_group', 'cohort', ...measures],
  ];
  for (const r of returns) for (const row of r.rows ?? EXAMPLE_ROWS) lines.push([...keyOf(r), ...row]);
  return csvText(lines, delimiter);
}
