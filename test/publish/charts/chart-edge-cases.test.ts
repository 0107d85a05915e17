import { describe, expect, it } from 'vitest';
import { attendanceRankChart } from '../../../src/publish/charts/attendance-rank.chart.js';
import { attendanceTrendChart } from '../../../src/publish/charts/attendance-trend.chart.js';
import { disadvantageGapChart } from '../../../src/publish/charts/disadvantage-gap.chart.js';
import { gapAcrossAreasChart } from '../../../src/publish/charts/gap-across-areas.chart.js';
import { gapByPupilGroupChart } from '../../../src/publish/charts/gap-by-pupil-group.chart.js';
import { COLOURS } from '../../../src/publish/charts/chart-theme.js';
import { compileSpec, renderSvg } from '../../../src/publish/charts/render.js';
import { areaRows, pupilGroupRows, rankRows } from './fixtures.js';
import { countRole } from './svg-inspect.js';
import { schemaProblems } from './vega-lite-schema.js';

async function check(spec: Parameters<typeof renderSvg>[0]): Promise<string> {
  expect(schemaProblems(spec)).toEqual([]);
  expect(compileSpec(spec).warnings).toEqual([]);
  return renderSvg(spec);
}

describe('edge cases still give a valid chart', () => {
  it('no rows at all', async () => {
    const opts = { measureLabel: 'M', areaName: 'A', year: '2015/16' };
    await check(gapByPupilGroupChart([], opts).spec);
    await check(gapAcrossAreasChart([], { ...opts, pupilGroupLabel: 'All' }).spec);
    await check(disadvantageGapChart([], { measureLabel: 'M' }).spec);
    await check(attendanceRankChart([], { measure: 'overall', period: 'P' }).spec);
    await check(attendanceTrendChart([], { areaName: 'A' }).spec);
  });

  it('every group suppressed: no bars, only c labels', async () => {
    const rows = pupilGroupRows.map((r) => ({ ...r, suppressed: true }));
    const svg = await check(gapByPupilGroupChart(rows, { measureLabel: 'M', areaName: 'A', year: 'Y' }).spec);
    expect(countRole(svg, 'bar')).toBe(0);
  });

  it('areas that are collaborative groups themselves: one colour, no legend, named in the title', async () => {
    const rows = areaRows.map(({ collaborativeGroup: _, ...r }) => r);
    const { spec, table } = gapAcrossAreasChart(rows, {
      pupilGroupLabel: 'All',
      measureLabel: 'M',
      year: 'Y',
      areaKind: 'collaborativeGroup',
    });
    const svg = await check(spec);
    expect(svg).not.toContain('role-legend');
    expect(svg).toContain(`fill="${COLOURS.blue}"`);
    expect(table.columns[0]).toBe('Collaborative group');
    expect(JSON.stringify(spec)).toContain('gap to national by collaborative group');
  });

  it('ranking with no national rate: no rule, no above/below colouring', async () => {
    const rows = rankRows.map(({ nationalRate: _, ...r }) => r);
    const svg = await check(attendanceRankChart(rows, { measure: 'persistent', period: 'P' }).spec);
    expect(svg).not.toContain('National');
    expect(svg).not.toContain(COLOURS.vermillion);
  });

  it('trend with a target but no national: the target keeps its own colour and dash', async () => {
    const { spec } = attendanceTrendChart(
      [
        { area: 'School', period: 'T1', order: 1, overallAbsenceRate: 5, target: 4 },
        { area: 'School', period: 'T2', order: 2, overallAbsenceRate: 4.5, target: 4 },
      ],
      { areaName: 'School' },
    );
    const svg = await check(spec);
    expect(svg).toMatch(
      new RegExp(
        `stroke="${COLOURS.vermillion}"[^>]*stroke-dasharray="6,4"|stroke-dasharray="6,4"[^>]*stroke="${COLOURS.vermillion}"`,
      ),
    );
  });

  it('disadvantage gap without national all pupils: two series only', async () => {
    const svg = await check(
      disadvantageGapChart(
        [{ period: '2015/16', cityDisadvantagedRate: 40, nationalOtherPupilsRate: 60, gap: -20, suppressed: false }],
        { measureLabel: 'M', areaName: 'Bradford' },
      ).spec,
    );
    expect(svg).toContain('Bradford disadvantaged pupils');
    expect(svg).not.toContain('National all pupils');
  });
});
