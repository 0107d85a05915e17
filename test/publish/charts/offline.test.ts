import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { ChartRenderError, renderSvg } from '../../../src/publish/charts/render.js';

const withUrl = (url: string): TopLevelSpec => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  data: { url },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'quantitative' } },
});

describe('renderSvg loads nothing', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses a spec that points at the network, without fetching', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    await expect(renderSvg(withUrl('https://example.com/data.csv'))).rejects.toThrow(ChartRenderError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a spec that points at a local file', async () => {
    await expect(renderSvg(withUrl('/etc/passwd'))).rejects.toThrow(/refused to load \/etc\/passwd/);
  });

  it('refuses an image mark with a URL', async () => {
    const spec: TopLevelSpec = {
      data: { values: [{ u: 'https://example.com/a.png' }] },
      mark: { type: 'image', width: 10, height: 10 },
      encoding: { url: { field: 'u', type: 'nominal' } },
    };
    await expect(renderSvg(spec)).rejects.toThrow(ChartRenderError);
  });
});
