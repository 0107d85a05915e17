// Benchmarks beyond national (issue 12, item 3): the city's figure against its statistical
// neighbours' average (the plain mean of the neighbours with a figure, as LAIT averages them, with
// how many had one), against its region, its rank among its neighbours, and its quartile among all
// LAs where the comparators give every LA. Pure: figures in, figures out.
import { roundToShown } from '../attendance/shown.js';
import { quartileCuts, quartileOf, type Quartile } from '../attendance/quartile.js';

/** An area's published figure of one measure, pupil group and year (percent, or points for a mean). */
export interface AreaFigure {
  areaCode: string;
  areaName: string;
  value: number;
}

export interface BenchmarkSources {
  /** Every LA's figure stored (LAIT gives the city and its neighbours; a national file, every LA). */
  las: readonly AreaFigure[];
  /** Every region's figure stored. */
  regions: readonly AreaFigure[];
  /** The city's statistical neighbours' LA codes, nearest first (none if no list was imported). */
  neighbours: readonly string[];
  cityCode: string;
  /** The city's region by name; absent: the one region stored, if only one is. */
  regionName?: string;
}

/** Which way is better: attainment `higher`, absence `lower`. */
export type Better = 'higher' | 'lower';

export interface Benchmarks {
  /** The neighbours' mean, over those with a figure; undefined if none had one. */
  neighbourAverage?: number;
  neighboursWithData: number;
  /** Neighbours in the city's list (10 for LAIT's). */
  neighbours: number;
  /** City − neighbour average, as shown. */
  gapToNeighbours?: number;
  region?: AreaFigure;
  /** City − region, as shown. */
  gapToRegion?: number;
  /** The city's rank among itself and its neighbours with a figure: 1 = best; ties share. */
  rankAmongNeighbours?: { rank: number; of: number };
  /** 1 = the best quarter of LAs; only where every LA's figure is stored (ALL_LAS). */
  nationalQuartile?: Quartile;
}

/** LAs with a figure that make "every LA": England has 153 with schools; LAIT's national files give about 150. */
export const ALL_LAS = 150;

/**
 * The benchmarks of `city` (the city's own figure, from its returns) to `decimals` places. Gaps are
 * shown figure minus shown figure, positive when the city's is higher, whichever way is better.
 */
export function benchmarksOf(
  city: number | undefined,
  s: BenchmarkSources,
  better: Better,
  decimals: number,
): Benchmarks {
  const shown = (v: number) => roundToShown(v, decimals);
  const byCode = new Map(s.las.map((f) => [f.areaCode, f.value]));
  const had = s.neighbours.map((code) => byCode.get(code)).filter((v): v is number => v !== undefined);
  const out: Benchmarks = { neighboursWithData: had.length, neighbours: s.neighbours.length };
  if (had.length > 0) out.neighbourAverage = had.reduce((a, b) => a + b, 0) / had.length;
  const region = s.regionName
    ? s.regions.find((r) => r.areaName === s.regionName)
    : s.regions.length === 1
      ? s.regions[0]
      : undefined;
  if (region) out.region = region;
  if (city === undefined) return out;
  const gap = (other: number) => shown(shown(city) - shown(other));
  if (out.neighbourAverage !== undefined) out.gapToNeighbours = gap(out.neighbourAverage);
  if (region) out.gapToRegion = gap(region.value);
  if (had.length > 0) {
    const beats = (v: number) => (better === 'higher' ? shown(v) > shown(city) : shown(v) < shown(city));
    out.rankAmongNeighbours = { rank: 1 + had.filter(beats).length, of: had.length + 1 };
  }
  const others = s.las.filter((f) => f.areaCode !== s.cityCode).map((f) => f.value);
  if (others.length + 1 >= ALL_LAS) {
    // quartileOf puts the lowest quarter first; for attainment the best quarter is the highest.
    const sign = better === 'lower' ? 1 : -1;
    const cuts = quartileCuts(
      [...others, city].map((v) => sign * v),
      decimals,
    );
    if (cuts) out.nationalQuartile = quartileOf(sign * city, cuts, decimals);
  }
  return out;
}

/** An area's figure with what it is a figure of. */
export interface BenchmarkFigure extends AreaFigure {
  /** A key stage, or for attendance a phase. */
  keyStage: string;
  measure: string;
  pupilGroup: string;
}

/** Every benchmark figure of a report's year, as the store holds them, and the city's neighbours. */
export interface BenchmarkData {
  cityCode: string;
  regionName?: string;
  neighbours: readonly string[];
  las: readonly BenchmarkFigure[];
  regions: readonly BenchmarkFigure[];
}

/** The sources of one figure's benchmarks: those of the same key stage (or phase), measure and group. */
export function sourcesFor(data: BenchmarkData, keyStage: string, measure: string, pupilGroup: string) {
  const same = (f: BenchmarkFigure) => f.keyStage === keyStage && f.measure === measure && f.pupilGroup === pupilGroup;
  return {
    cityCode: data.cityCode,
    ...(data.regionName ? { regionName: data.regionName } : {}),
    neighbours: data.neighbours,
    las: data.las.filter(same),
    regions: data.regions.filter(same),
  } satisfies BenchmarkSources;
}

/** Whether a report has anything to set beside national: a neighbour list or a region's figures. */
export const hasBenchmarks = (data: BenchmarkData | undefined): data is BenchmarkData =>
  data !== undefined && (data.neighbours.length > 0 || data.regions.length > 0);

/** A city's or phase's attendance rate against national, neighbours and region. */
export interface AttendanceBenchmark {
  /** 'all' for the city, else a phase. */
  phase: string;
  /** An attendance rate code of the catalogue. */
  measure: string;
  /** The city's (or phase's) rate, percent, unrounded. */
  rate: number;
  national?: number;
  gapToNational?: number;
  benchmarks: Benchmarks;
}
