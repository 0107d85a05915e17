// How far a CSV's text reaches, measured before it is split into fields: its lines counted and
// each one's length, by indexOf, never a pattern. A bulk CSV of 820,000 duplicate lines took 35 s
// and 2.7 GB to be refused (issue 17); past the cap it is refused here in milliseconds.
import type { Limits } from '../../../schemas/settings.schema.js';

export type CsvExtent =
  { ok: true } | { ok: false; problem: 'too-many-lines' } | { ok: false; problem: 'line-too-long'; line: number };

export function measureCsv(text: string, limits: Limits): CsvExtent {
  let line = 0;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    line++;
    if (line > limits.csvLines) return { ok: false, problem: 'too-many-lines' };
    const length = end - start - (text.charCodeAt(end - 1) === 13 ? 1 : 0);
    if (length > limits.csvLineLength) return { ok: false, problem: 'line-too-long', line };
    start = end + 1;
  }
  return { ok: true };
}
