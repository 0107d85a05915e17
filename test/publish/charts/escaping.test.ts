import { describe, expect, it } from 'vitest';
import { attendanceRankChart } from '../../../src/publish/charts/attendance-rank.chart.js';
import { gapAcrossAreasChart } from '../../../src/publish/charts/gap-across-areas.chart.js';
import { renderSvg } from '../../../src/publish/charts/render.js';
import { areaRows } from './fixtures.js';
import { svgTexts } from './svg-inspect.js';

const NAME = '<script>alert(1)</script> & Co';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co';

describe('names from the data are text, not markup', () => {
  it('a school name with a script tag and an ampersand comes out escaped in the SVG', async () => {
    const rows = [{ ...areaRows[0]!, areaName: NAME, collaborativeGroup: '<b>North</b>' }, ...areaRows.slice(1)];
    const svg = await renderSvg(
      gapAcrossAreasChart(rows, { pupilGroupLabel: 'All', measureLabel: '<i>M</i>', year: '2015/16' }).spec,
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<i>');
    expect(svg).toContain(ESCAPED);
    expect(svgTexts(svg)).toContain(NAME);
  });

  it('in the ranking chart too, including quotes', async () => {
    const name = `${NAME} "St Mary's"`;
    const svg = await renderSvg(
      attendanceRankChart([{ areaName: name, overallAbsenceRate: 4, nationalRate: 4.5, notReturned: false }], {
        measure: 'overall',
        period: '2015/16 Autumn',
      }).spec,
    );
    expect(svg).not.toContain('<script');
    expect(svgTexts(svg)).toContain(name);
  });
});
