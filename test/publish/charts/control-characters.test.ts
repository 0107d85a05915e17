// Issue 11: `charts` and `report html` ended in exit 70 ("a non-XML character '\u{7}' found") when a
// school's name in the register held a control character. A chart now shows it as U+FFFD.
import { describe, expect, it } from 'vitest';
import { gapAcrossAreasChart } from '../../../src/publish/charts/gap-across-areas.chart.js';
import { renderPng, renderSvg } from '../../../src/publish/charts/render.js';
import { areaRows } from './fixtures.js';
import { svgTexts } from './svg-inspect.js';

describe('a chart of a school whose name holds control characters', () => {
  it('draws, as SVG and PNG, with each control character shown as the replacement character', async () => {
    const name = 'Heron\u0007 Way\u001b[31m\u0000';
    const rows = [{ ...areaRows[0]!, areaName: name }, ...areaRows.slice(1)];
    const svg = await renderSvg(
      gapAcrossAreasChart(rows, { pupilGroupLabel: 'All', measureLabel: 'M', year: '2015/16' }).spec,
    );
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(svg)).toBe(false);
    expect(svgTexts(svg)).toContain('Heron\uFFFD Way\uFFFD[31m\uFFFD');
    expect(renderPng(svg).subarray(1, 4).toString()).toBe('PNG');
  });
});
