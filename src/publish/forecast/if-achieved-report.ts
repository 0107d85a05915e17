// "If achieved" (Peterborough 2A.3), pure: for each pupil group the catalogue marks (pupil-
// groups.json, ifAchieved), whether this year's predictions, if achieved, improve on last year's
// actual result and close the gap to the national figure of the group it is compared with (the
// disadvantaged with other pupils nationally). Both years' figures are rows of the predictions
// report, this round's and last year's Actual, so they carry its suppression when published, and
// anything worked from a withheld figure is withheld too.
import { decimalsFor, roundTo, type NationalFigure } from '../../aggregate/predictions/gap-to-national.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { PredictionsReport, PredictionsRow, Shown } from '../predictions/predictions-report.js';

export type Improves = 'yes' | 'no' | 'same';
/** closes: last year's gap was below zero and is smaller if achieved; none: no gap below zero last year. */
export type GapMove = 'closes' | 'widens' | 'unchanged' | 'none';

export interface IfAchievedRow {
  level: PredictionsRow['level'];
  areaCode: string;
  areaName: string;
  pupilGroup: string;
  measure: string;
  kind: PredictionsRow['kind'];
  lastActual: Shown;
  predicted: Shown;
  /** Predicted − last actual, as shown. */
  change: Shown;
  improves: Improves | 'c' | 'x';
  comparedWith: string;
  /** The comparison group's national figures: latest up to last year, and up to this year. */
  nationalLast: Shown;
  nationalNow: Shown;
  /** The years of those national figures (an earlier year's stands in for a missing one). */
  nationalLastYear?: string;
  nationalNowYear?: string;
  gapLastYear: Shown;
  gapIfAchieved: Shown;
  gap: GapMove | 'c' | 'x';
}

export interface IfAchievedReport {
  academicYear: string;
  lastYear: string;
  keyStage: string;
  round: string;
  published: boolean;
  threshold: number;
  rows: IfAchievedRow[];
}

/** The comparison group's national figure: the latest up to the year given. */
function latest(nationals: readonly NationalFigure[], measure: string, group: string, upTo: string) {
  return [...nationals]
    .filter((n) => n.measure === measure && n.pupilGroup === group && n.academicYear <= upTo)
    .sort((a, b) => b.academicYear.localeCompare(a.academicYear))[0];
}

/** A − B as shown, or the symbol that stops it: c before x. */
function minus(a: Shown, b: Shown, decimals: number): number | 'c' | 'x' {
  if (typeof a === 'number' && typeof b === 'number') return roundTo(a - b, decimals);
  return a === 'c' || b === 'c' ? 'c' : 'x';
}

export function ifAchievedReportFrom(
  now: PredictionsReport,
  last: PredictionsReport,
  nationals: readonly NationalFigure[],
  cat: Catalogue,
): IfAchievedReport {
  const marked = new Map(cat.pupilGroups.flatMap((g) => (g.ifAchieved ? [[g.code, g.ifAchieved.comparedWith]] : [])));
  const key = (r: PredictionsRow) => `${r.level}|${r.areaCode}|${r.pupilGroup}|${r.measure}`;
  const lastBy = new Map(last.rows.map((r) => [key(r), r]));
  const rows = now.rows.flatMap((r): IfAchievedRow[] => {
    const comparedWith = marked.get(r.pupilGroup);
    const before = lastBy.get(key(r));
    if (comparedWith === undefined || !before) return [];
    const d = decimalsFor(r.kind);
    const change = minus(r.rate, before.rate, d);
    const nationalBefore = latest(nationals, r.measure, comparedWith, last.academicYear);
    const nationalAfter = latest(nationals, r.measure, comparedWith, now.academicYear);
    const nationalLast = nationalBefore?.value ?? 'x';
    const nationalNow = nationalAfter?.value ?? 'x';
    const gapLastYear = minus(before.rate, nationalLast, d);
    const gapIfAchieved = minus(r.rate, nationalNow, d);
    return [
      {
        ...{ level: r.level, areaCode: r.areaCode, areaName: r.areaName, pupilGroup: r.pupilGroup },
        ...{ measure: r.measure, kind: r.kind, lastActual: before.rate, predicted: r.rate, change },
        improves: typeof change === 'number' ? (change > 0 ? 'yes' : change < 0 ? 'no' : 'same') : change,
        ...{ comparedWith, nationalLast, nationalNow, gapLastYear, gapIfAchieved },
        ...(nationalBefore ? { nationalLastYear: nationalBefore.academicYear } : {}),
        ...(nationalAfter ? { nationalNowYear: nationalAfter.academicYear } : {}),
        gap: gapMove(gapLastYear, gapIfAchieved),
      },
    ];
  });
  return {
    ...{ academicYear: now.academicYear, lastYear: last.academicYear, keyStage: now.keyStage, round: now.round },
    published: now.published,
    threshold: now.threshold,
    rows,
  };
}

function gapMove(lastYear: Shown, ifAchieved: Shown): IfAchievedRow['gap'] {
  if (typeof lastYear !== 'number' || typeof ifAchieved !== 'number')
    return lastYear === 'c' || ifAchieved === 'c' ? 'c' : 'x';
  if (lastYear >= 0) return 'none';
  return ifAchieved > lastYear ? 'closes' : ifAchieved < lastYear ? 'widens' : 'unchanged';
}
