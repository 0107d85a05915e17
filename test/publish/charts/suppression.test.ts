import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/publish/charts/render.js';
import { SECRET_GAP, SECRET_RATE, allCharts } from './fixtures.js';

/** Every way the hidden values could be written: raw, rounded, absolute, with either minus. */
const forms = [SECRET_RATE, SECRET_GAP].flatMap((v) => {
  const abs = Math.abs(v);
  return [String(abs), abs.toFixed(1), abs.toFixed(2)];
});

function leaks(text: string): string[] {
  return forms.filter((f) => text.includes(f));
}

describe('suppressed values', () => {
  const charts = allCharts();
  for (const name of ['gapByPupilGroup', 'gapAcrossAreas', 'disadvantageGap'] as const) {
    const { spec, table } = charts[name]!;

    it(`${name}: never appear in the spec, its data or its table`, () => {
      expect(leaks(JSON.stringify(spec))).toEqual([]);
      expect(leaks(JSON.stringify(table))).toEqual([]);
    });

    it(`${name}: never appear in the SVG, text or ARIA labels`, async () => {
      expect(leaks(await renderSvg(spec))).toEqual([]);
    });

    it(`${name}: are shown as c in the table`, () => {
      expect(table.rows.some((row) => row.includes('c'))).toBe(true);
    });
  }

  it('gap by pupil group: the suppressed group has a c label and no bar', () => {
    const values = (charts.gapByPupilGroup!.spec as { data: { values: Record<string, unknown>[] } }).data.values;
    const row = values.find((v) => v.group === 'Any other White background');
    expect(row).toEqual({ group: 'Any other White background', gap: null, label: 'c', side: 'none', direction: null });
  });

  it('cohorts are never drawn or tabled (a suppressed cohort is itself a small count)', () => {
    for (const { spec, table } of Object.values(charts)) {
      expect(JSON.stringify(spec)).not.toMatch(/cohort/i);
      expect(table.columns.join(' ')).not.toMatch(/cohort/i);
    }
  });
});
