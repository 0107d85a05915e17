// The benchmarks' arithmetic on figures worked by hand: absence (lower is better) ranks and quarters
// the other way from attainment, and a quartile needs every LA's figure.
import { describe, expect, it } from 'vitest';
import { ALL_LAS, benchmarksOf, type AreaFigure } from '../../../src/aggregate/benchmarks/benchmarks.js';

const la = (areaCode: string, value: number): AreaFigure => ({ areaCode, areaName: `LA ${areaCode}`, value });

describe('benchmarksOf', () => {
  it('ranks absence lowest first among the neighbours with a figure, and names no region among several', () => {
    const b = benchmarksOf(
      4.46,
      {
        las: [la('874', 4.9), la('331', 4.2), la('831', 4.5), la('312', 4.0)],
        regions: [la('985', 4.4), la('986', 4.1)],
        neighbours: ['331', '831', '312', '350'],
        cityCode: '874',
      },
      'lower',
      1,
    );
    // 4.46 shows as 4.5; the mean of 4.2, 4.5 and 4.0 is 4.2333 (4.2): +0.3. Below 4.5: 4.2 and 4.0.
    expect(b).toEqual({
      neighbourAverage: (4.2 + 4.5 + 4.0) / 3,
      neighboursWithData: 3,
      neighbours: 4,
      gapToNeighbours: 0.3,
      rankAmongNeighbours: { rank: 3, of: 4 },
    });
  });

  it('gives the quartile among every LA, 1 the best quarter, once every LA has a figure', () => {
    // 149 other LAs at 1, 2, ..., 149 (percent at the standard) and the city at 140: in the top quarter.
    const las = Array.from({ length: ALL_LAS - 1 }, (_, i) => la(String(100 + i), i + 1));
    const sources = { las, regions: [], neighbours: [], cityCode: '874' };
    expect(benchmarksOf(140, sources, 'higher', 1).nationalQuartile).toBe(1);
    expect(benchmarksOf(140, sources, 'lower', 1).nationalQuartile).toBe(4);
    expect(benchmarksOf(140, { ...sources, las: las.slice(1) }, 'higher', 1).nationalQuartile).toBeUndefined();
  });
});
