// Markdown for reading and pasting into a paper: the city table first, then groups and schools,
// each the area's PublishedTable (area-tables.ts) through the md writer, with the disadvantaged
// pupils' comparison with other pupils nationally as a sentence under it.
import type { Catalogue } from '../../domain/catalogue.js';
import { markdownWriter } from '../writers/md-writer.js';
import type { PredictionsReport } from './predictions-report.js';
import { areaPublishedTable, areaTables, comparisonSentence } from './area-tables.js';

export function predictionsMarkdown(report: PredictionsReport, cat: Catalogue): string {
  const notes = [
    `From the current returns of ${report.returns} ${report.returns === 1 ? 'school' : 'schools'}. ` +
      'Rates are Σ pupils predicted / Σ cohort; the gap to national is in percentage points (+ above national).',
  ];
  if (report.nationalFallbackYears.length > 0) {
    notes.push(
      `National figures for ${report.academicYear} were not all available; ` +
        `some gaps use ${report.nationalFallbackYears.join(', ')} (see the CSV's national_year).`,
    );
  }
  if (report.published)
    notes.push(
      `Published: counts of 1 to ${report.threshold} pupils, ` +
        'and figures from which one could be worked out, are shown as c.',
    );
  const tables = areaTables(report, cat).map((area) => {
    const comparison = comparisonSentence(area);
    return { ...areaPublishedTable(area), ...(comparison ? { notes: { below: [comparison] } } : {}) };
  });
  const title = `${report.keyStage} predictions, ${report.academicYear}, ${report.round} round`;
  return markdownWriter({ title, notes }).write(tables);
}
