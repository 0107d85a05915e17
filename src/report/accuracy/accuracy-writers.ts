import { catalogue } from '../../catalogue/catalogue.js';
import { csvText } from '../writers/csv-text.js';
import type { AccuracyRow, SchoolBias } from './prediction-accuracy.js';

export function accuracyCsv(rows: readonly AccuracyRow[], bias: readonly SchoolBias[]): string {
  return csvText(['level', 'area_code', 'area_name', 'pupil_group', 'measure', 'predicted', 'actual', 'difference', 'school_mean_signed_error', 'school_mean_absolute_error'],
    rows.map((r) => {
      const b = r.level === 'school' ? bias.find((x) => x.urn === r.areaCode) : undefined;
      return [r.level, r.areaCode, r.areaName, r.pupilGroup, r.measure, r.predicted, r.actual, r.difference, b?.meanSignedError, b?.meanAbsoluteError];
    }));
}

export function accuracyMarkdown(rows: readonly AccuracyRow[], bias: readonly SchoolBias[], title: string): string {
  const cat = catalogue();
  const esc = (t: string) => t.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);
  const cityRows = rows.filter((r) => r.level === 'city');
  const lines = [`# ${title}`, '', 'Difference = predicted − actual, in percentage points (means in points): positive means over-predicted.', '',
    '## City', '', '| Pupil group | Measure | Predicted | Actual | Difference |', '|---|---|---:|---:|---:|',
    ...cityRows.map((r) => `| ${cat.pupilGroup(r.pupilGroup).label} | ${cat.measure(r.measure).label} | ${r.predicted} | ${r.actual} | ${r.difference > 0 ? '+' : ''}${r.difference} |`),
    '', '## How well each school predicts (every year in the store)', '',
    '| School | Years | Figures | Mean signed error | Mean absolute error |', '|---|---|---:|---:|---:|',
    ...bias.map((b) => `| ${esc(b.name)} (URN ${b.urn}) | ${b.years.join(', ')} | ${b.figures} | ${b.meanSignedError > 0 ? '+' : ''}${b.meanSignedError} | ${b.meanAbsoluteError} |`)];
  return lines.join('\n') + '\n';
}
