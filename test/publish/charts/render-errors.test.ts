import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { ChartRenderError, renderSvg } from '../../../src/publish/charts/render.js';

describe('renderSvg reports a broken spec as a ChartRenderError', () => {
  it('a bad expression', async () => {
    const spec: TopLevelSpec = {
      data: { values: [{ a: 1 }] },
      transform: [{ calculate: 'datum.a +', as: 'b' }],
      mark: 'point',
      encoding: { x: { field: 'b', type: 'quantitative' } },
    };
    await expect(renderSvg(spec)).rejects.toThrow(ChartRenderError);
  });
});
