// Actual against predicted (domain.md, step 6): for the schools with both a prediction and an
// actual return, each area's predicted and actual rate and the difference (predicted − actual, in
// points); and each school's mean signed and mean absolute error over the years given.
import { mean } from 'simple-statistics';
import type { Measure } from '../../domain/catalogue.js';
import { aggregatePredictions, type City, type Level, type SchoolFigure } from './aggregate-predictions.js';
import { roundTo } from './gap-to-national.js';

export interface AccuracyRow {
  level: Level;
  areaCode: string;
  areaName: string;
  pupilGroup: string;
  measure: string;
  predicted: number;
  actual: number;
  difference: number;
}
export interface SchoolBias {
  urn: string;
  name: string;
  years: string[];
  figures: number;
  meanSignedError: number;
  meanAbsoluteError: number;
}

/** One year's predicted and actual figures of a key stage. */
export interface YearFigures {
  academicYear: string;
  predicted: SchoolFigure[];
  actual: SchoolFigure[];
}

type KindOf = (measure: string) => Measure['kind'];

function paired(predicted: SchoolFigure[], actual: SchoolFigure[]) {
  const both = new Set(predicted.map((f) => f.urn).filter((u) => actual.some((a) => a.urn === u)));
  return { predicted: predicted.filter((f) => both.has(f.urn)), actual: actual.filter((f) => both.has(f.urn)) };
}

export function accuracyByArea(year: YearFigures, kind: KindOf, city: City, levels: readonly Level[]): AccuracyRow[] {
  const { predicted, actual } = paired(year.predicted, year.actual);
  const key = (f: { level: string; areaCode: string; pupilGroup: string; measure: string }) =>
    `${f.level}|${f.areaCode}|${f.pupilGroup}|${f.measure}`;
  const actualByKey = new Map(aggregatePredictions(actual, kind, city, levels).map((f) => [key(f), f]));
  return aggregatePredictions(predicted, kind, city, levels).flatMap((p) => {
    const a = actualByKey.get(key(p));
    if (!a) return [];
    const d = p.kind === 'mean' ? 2 : 1;
    const predictedShown = roundTo(p.value, d);
    const actualShown = roundTo(a.value, d);
    const row = { level: p.level, areaCode: p.areaCode, areaName: p.areaName, pupilGroup: p.pupilGroup };
    return [
      {
        ...row,
        measure: p.measure,
        predicted: predictedShown,
        actual: actualShown,
        difference: roundTo(predictedShown - actualShown, d),
      },
    ];
  });
}

/** Over every year with both: does each school over- (positive) or under-predict? Threshold measures, in points. */
export function biasBySchool(years: readonly YearFigures[], kind: KindOf): SchoolBias[] {
  const errors = new Map<string, { name: string; years: Set<string>; e: number[] }>();
  for (const year of years) {
    const { predicted, actual } = paired(year.predicted, year.actual);
    const actualByKey = new Map(actual.map((a) => [`${a.urn}|${a.pupilGroup}|${a.measure}`, a]));
    for (const p of predicted.filter((f) => kind(f.measure) === 'threshold')) {
      const a = actualByKey.get(`${p.urn}|${p.pupilGroup}|${p.measure}`);
      if (!a || !a.cohort || !p.cohort) continue;
      const entry = errors.get(p.urn) ?? { name: p.schoolName, years: new Set(), e: [] };
      entry.years.add(year.academicYear);
      entry.e.push((p.value / p.cohort) * 100 - (a.value / a.cohort) * 100);
      errors.set(p.urn, entry);
    }
  }
  return [...errors.entries()]
    .map(([urn, x]) => ({
      urn,
      name: x.name,
      years: [...x.years].sort(),
      figures: x.e.length,
      meanSignedError: roundTo(mean(x.e), 1),
      meanAbsoluteError: roundTo(mean(x.e.map(Math.abs)), 1),
    }))
    .sort((a, b) => b.meanAbsoluteError - a.meanAbsoluteError || a.urn.localeCompare(b.urn));
}
