// The gap to national: the local rate minus the national rate for the same measure, group and
// year, in percentage points (domain.md). Where the year has no national figure, the latest
// earlier year's is used and named. Disadvantaged pupils are also compared with other pupils
// nationally, the DfE's usual comparison.
import type { AreaFigure } from './aggregate-predictions.js';
import { roundHalfAwayFromZero } from '../rounding.js';

export interface NationalFigure {
  academicYear: string;
  measure: string;
  pupilGroup: string;
  value: number;
}

export interface Comparison {
  /** The national figure compared with, and the year it is for. */
  national: NationalFigure;
  /** Percentage points (or mean points), positive above national, from the figure as shown. */
  gap: number;
}

export interface FigureWithGap extends AreaFigure {
  toNational?: Comparison;
  /** For the disadvantaged group: against other pupils nationally. */
  toNationalOther?: Comparison;
}

/** Figures are shown to this many decimals: rates to one, means (progress scores) to two. */
export const decimalsFor = (kind: AreaFigure['kind']) => (kind === 'mean' ? 2 : 1);
/** A figure as shown: half away from zero, to `decimals` places (../rounding.ts). */
export const roundTo = (value: number, decimals: number) => roundHalfAwayFromZero(value, decimals);

export function attachGaps(
  figures: readonly AreaFigure[],
  nationals: readonly NationalFigure[],
  academicYear: string,
  disadvantage: { group: string; nationalComparator: string },
): FigureWithGap[] {
  // Newest year not after the report's year wins for each measure and group.
  const latest = new Map<string, NationalFigure>();
  for (const n of [...nationals].sort((a, b) => b.academicYear.localeCompare(a.academicYear))) {
    const key = `${n.measure}|${n.pupilGroup}`;
    if (n.academicYear <= academicYear && !latest.has(key)) latest.set(key, n);
  }
  const compare = (f: AreaFigure, group: string): Comparison | undefined => {
    const national = latest.get(`${f.measure}|${group}`);
    if (!national) return undefined;
    const decimals = decimalsFor(f.kind);
    return { national, gap: roundTo(roundTo(f.value, decimals) - national.value, decimals) };
  };
  return figures.map((f) => {
    const toNational = compare(f, f.pupilGroup);
    const toNationalOther =
      f.pupilGroup === disadvantage.group ? compare(f, disadvantage.nationalComparator) : undefined;
    return { ...f, ...(toNational ? { toNational } : {}), ...(toNationalOther ? { toNationalOther } : {}) };
  });
}
