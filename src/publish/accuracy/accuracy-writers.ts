import { catalogue } from '../../domain/catalogue.js';
import { csvText } from '../writers/csv-text.js';
import type { AccuracyRow, SchoolBias } from '../../aggregate/predictions/accuracy.js';

export function accuracyCsv(rows: readonly AccuracyRow[], bias: readonly SchoolBias[]): string {
  return csvText(
    [
      'level',
      'area_code',
      'area_name',
      'pupil_group',
      'measure',
      'predicted',
      'actual',
      'difference',
      'school_mean_signed_error',
      'school_mean_absolute_error',
    ],
    rows.map((r) => {
      const b = r.level === 'school' ? bias.find((x) => x.urn === r.areaCode) : undefined;
      return [
        r.level,
        r.areaCode,
        r.areaName,
        r.pupilGroup,
        r.measure,
        r.predicted,
        r.actual,
        r.difference,
        b?.meanSignedError,
        b?.meanAbsoluteError,
      ];
    }),
  );
}

export function accuracyMarkdown(rows: readonly AccuracyRow[], bias: readonly SchoolBias[], title: string): string {
  const cat = catalogue();
  const esc = (t: string) => t.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);
  const groupOrder = new Map(cat.pupilGroups.map((g, i) => [g.code, i]));
  const measureOrder = new Map(cat.measures.map((m, i) => [m.code, i]));
  const cityRows = rows
    .filter((r) => r.level === 'city')
    .sort(
      (a, b) =>
        groupOrder.get(a.pupilGroup)! - groupOrder.get(b.pupilGroup)! ||
        measureOrder.get(a.measure)! - measureOrder.get(b.measure)!,
    );
  const fixed = (r: AccuracyRow, v: number) => v.toFixed(cat.measure(r.measure).kind === 'mean' ? 2 : 1);
  const lines = [
    `# ${title}`,
    '',
    'Difference = predicted − actual, in percentage points (means in points): positive means over-predicted.',
    '',
    '## City',
    '',
    '| Pupil group | Measure | Predicted | Actual | Difference |',
    '|---|---|---:|---:|---:|',
    ...cityRows.map(
      (r) =>
        `| ${cat.pupilGroup(r.pupilGroup).label} | ${cat.measure(r.measure).label} | ${fixed(r, r.predicted)} | ${fixed(r, r.actual)} | ${r.difference > 0 ? '+' : ''}${fixed(r, r.difference)} |`,
    ),
    '',
    '## How well each school predicts (every year in the store)',
    '',
    '| School | Years | Figures | Mean signed error | Mean absolute error |',
    '|---|---|---:|---:|---:|',
    ...bias.map(
      (b) =>
        `| ${esc(b.name)} (URN ${b.urn}) | ${b.years.join(', ')} | ${b.figures} | ${b.meanSignedError > 0 ? '+' : ''}${b.meanSignedError.toFixed(1)} | ${b.meanAbsoluteError.toFixed(1)} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}
