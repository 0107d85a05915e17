// Markdown for reading and pasting into a paper: the city table first, then groups and schools,
// each the area's PublishedTable (area-tables.ts) through the md writer, with the disadvantaged
// pupils' comparison with other pupils nationally as a sentence under it.
import type { Catalogue } from '../../domain/catalogue.js';
import { reportText } from '../../messages/report-text.js';
import { markdownWriter } from '../writers/md-writer.js';
import type { PredictionsReport } from './predictions-report.js';
import { areaPublishedTable, areaTables, comparisonSentence } from './area-tables.js';
import { benchmarkTable } from './benchmark-table.js';

export function predictionsMarkdown(report: PredictionsReport, cat: Catalogue): string {
  const notes = [reportText['predictions.from-returns'](report.returns)];
  if (report.nationalFallbackYears.length > 0) {
    notes.push(reportText['predictions.national-fallback'](report.academicYear, report.nationalFallbackYears));
  }
  if (report.published) notes.push(reportText['predictions.published'](report.threshold));
  if (report.withheld)
    notes.push(reportText['predictions.withheld'](report.withheld.primary, report.withheld.secondary));
  const tables = areaTables(report, cat).map((area) => {
    const comparison = comparisonSentence(area);
    return { ...areaPublishedTable(area), ...(comparison ? { notes: { below: [comparison] } } : {}) };
  });
  // Issue 12: the city's gaps to its neighbours and region, beside national, straight after its table.
  const benchmarks = benchmarkTable(report, cat);
  if (benchmarks) tables.splice(tables.length > 0 ? 1 : 0, 0, benchmarks);
  const title = reportText['predictions.title'](report.keyStage, report.academicYear, report.round);
  return markdownWriter({ title, notes }).write(tables);
}
