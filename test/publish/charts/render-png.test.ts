import { describe, expect, it } from 'vitest';
import { renderPng, renderSvg } from '../../../src/publish/charts/render.js';
import { allCharts } from './fixtures.js';
import { PNG_SIGNATURE, topLeftPixel } from './svg-inspect.js';

const width = (png: Buffer) => png.readUInt32BE(16);

describe('renderPng', () => {
  for (const [name, { spec }] of Object.entries(allCharts())) {
    it(`${name}: draws a PNG at twice the SVG width by default`, async () => {
      const png = renderPng(await renderSvg(spec));
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(width(png)).toBe(1280);
    });
  }

  it('honours an explicit width', async () => {
    const png = renderPng(await renderSvg(allCharts().gapByPupilGroup!.spec), { width: 800 });
    expect(width(png)).toBe(800);
  });

  it('paints an opaque white background even when the SVG has none', () => {
    const png = renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');
    expect(png.readUInt8(24)).toBe(8); // bit depth
    expect(png.readUInt8(25)).toBe(6); // RGBA
    expect(topLeftPixel(png)).toEqual([255, 255, 255, 255]);
  });
});
