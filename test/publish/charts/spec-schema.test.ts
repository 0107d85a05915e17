import { describe, expect, it } from 'vitest';
import { FONT_STACK, PAGE_WIDTH, VEGA_LITE_SCHEMA } from '../../../src/publish/charts/chart-theme.js';
import { compileSpec } from '../../../src/publish/charts/render.js';
import { allCharts } from './fixtures.js';
import { schemaProblems } from './vega-lite-schema.js';

describe('every chart spec', () => {
  it('the schema validator is not vacuous: it rejects a misspelt property and a bad type', () => {
    const good = {
      $schema: VEGA_LITE_SCHEMA,
      data: { values: [] },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'quantitative' } },
    };
    expect(schemaProblems(good)).toEqual([]);
    expect(schemaProblems({ ...good, mark: { type: 'bar', colr: 'red' } })).not.toEqual([]);
    expect(schemaProblems({ ...good, encoding: { x: { field: 'a', type: 'quantitive' } } })).not.toEqual([]);
  });

  for (const [name, { spec }] of Object.entries(allCharts())) {
    describe(name, () => {
      it('validates against the Vega-Lite v6 JSON schema in node_modules', () => {
        expect(schemaProblems(spec)).toEqual([]);
      });

      it('compiles with no Vega-Lite warnings', () => {
        expect(compileSpec(spec).warnings).toEqual([]);
      });

      it('declares the v6 schema, a title, the A4 width and the shared font', () => {
        expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
        expect(spec).toMatchObject({ width: PAGE_WIDTH, config: { font: FONT_STACK } });
        const title = (spec as { title?: { text?: string } }).title;
        expect(title?.text).toMatch(/\w/);
      });

      it('carries its data inline (nothing to fetch)', () => {
        expect(JSON.stringify(spec)).not.toMatch(/"url"\s*:/);
      });
    });
  }
});
