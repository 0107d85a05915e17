// Markdown for reading and pasting into a paper: the city table first, then groups and schools.
import { catalogue } from '../../domain/catalogue.js';
import type { PredictionsReport } from './predictions-report.js';
import { areaTables, showValue } from './area-tables.js';

const escapeMd = (text: string) => text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);

export function predictionsMarkdown(report: PredictionsReport): string {
  const cat = catalogue();
  const lines = [
    `# ${report.keyStage} predictions, ${report.academicYear}, ${report.round} round`,
    '',
    `From the current returns of ${report.returns} ${report.returns === 1 ? 'school' : 'schools'}. Rates are Σ pupils predicted / Σ cohort; the gap to national is in percentage points (+ above national).`,
  ];
  if (report.nationalFallbackYears.length > 0) {
    lines.push(
      `National figures for ${report.academicYear} were not all available; some gaps use ${report.nationalFallbackYears.join(', ')} (see the CSV's national_year).`,
    );
  }
  if (report.published)
    lines.push(
      `Published: counts of 1 to ${report.threshold} pupils, and figures from which one could be worked out, are shown as c.`,
    );
  for (const table of areaTables(report)) {
    const measures = table.measures.map((m) => cat.measure(m));
    lines.push('', `## ${escapeMd(table.title)}`, '');
    lines.push(`| Pupil group | Cohort | ${measures.map((m) => `${escapeMd(m.label)} | gap`).join(' | ')} |`);
    lines.push(`|---|---:|${measures.map(() => '---:|---:').join('|')}|`);
    for (const row of table.rows) {
      const cells = measures.map((m) => {
        const c = row.cells.get(m.code);
        const decimals = m.kind === 'mean' ? 2 : 1;
        return `${showValue(c?.rate, { decimals })} | ${showValue(c?.gapToNational, { signed: true, decimals })}`;
      });
      lines.push(`| ${escapeMd(row.label)} | ${showValue(row.cohort, { decimals: 0 })} | ${cells.join(' | ')} |`);
    }
    const others = table.rows.flatMap((row) =>
      measures.flatMap((m) => {
        const c = row.cells.get(m.code);
        return c?.nationalOtherRate !== undefined
          ? [
              `${m.label} ${showValue(c.rate)} against ${showValue(c.nationalOtherRate)} (gap ${showValue(c.gapToNationalOther, { signed: true })})`,
            ]
          : [];
      }),
    );
    if (others.length > 0)
      lines.push('', `Disadvantaged pupils against other pupils nationally: ${others.join('; ')}.`);
  }
  return lines.join('\n') + '\n';
}
