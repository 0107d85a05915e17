// The city's benchmarks beyond national on its predictions rows (issue 12, item 3): the gap to the
// statistical neighbours' average (with how many had a figure), to the region, the rank among its
// neighbours and the quartile among all LAs. A figure withheld for publication withholds its gaps.
import { benchmarksOf, hasBenchmarks, sourcesFor, type BenchmarkData } from '../../aggregate/benchmarks/benchmarks.js';
import type { PredictionsRow, Shown } from './predictions-report.js';

/** The benchmark fields of a city row (all optional on PredictionsRow, so other rows carry none). */
export type BenchmarkFields = Pick<
  PredictionsRow,
  | 'neighbourAverage'
  | 'neighboursWithData'
  | 'neighbours'
  | 'gapToNeighbours'
  | 'regionName'
  | 'regionRate'
  | 'gapToRegion'
  | 'rankAmongNeighbours'
  | 'rankedWithNeighbours'
  | 'nationalQuartile'
>;

export function benchmarkFields(
  data: BenchmarkData | undefined,
  f: { keyStage: string; measure: string; pupilGroup: string; value: number | undefined; kind: string },
  hidden: boolean,
  decimals: number,
): BenchmarkFields {
  if (!hasBenchmarks(data)) return {};
  const b = benchmarksOf(f.value, sourcesFor(data, f.keyStage, f.measure, f.pupilGroup), 'higher', decimals);
  const shown = (v: number | undefined): Shown => (v === undefined ? 'x' : hidden ? 'c' : v);
  const round = (v: number | undefined) => (v === undefined ? 'x' : Number(v.toFixed(decimals)));
  return {
    neighbourAverage: round(b.neighbourAverage),
    neighboursWithData: b.neighboursWithData,
    neighbours: b.neighbours,
    gapToNeighbours: shown(b.gapToNeighbours),
    ...(b.region ? { regionName: b.region.areaName } : {}),
    regionRate: b.region?.value ?? 'x',
    gapToRegion: shown(b.gapToRegion),
    rankAmongNeighbours: shown(b.rankAmongNeighbours?.rank),
    ...(b.rankAmongNeighbours ? { rankedWithNeighbours: b.rankAmongNeighbours.of } : {}),
    nationalQuartile: shown(b.nationalQuartile),
  };
}
