// Actual against predicted: for the schools with both a prediction and an actual return, each
// area's predicted and actual rate and the difference (predicted − actual, in points), and each
// school's mean signed and mean absolute error over every year in the store (domain.md, step 6).
import { mean } from 'simple-statistics';
import { aggregatePredictions, type Level, type SchoolFigure } from '../aggregate/predictions/aggregate-predictions.js';
import { roundTo } from '../aggregate/predictions/gap-to-national.js';
import { catalogue } from '../domain/catalogue.js';
import type { Store } from '../store/open-store.js';
import { currentPredictionFigures } from '../store/queries/predictions.js';
import { settings } from '../../schemas/settings.schema.js';

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

const city = () => ({ code: settings.city.laCode, name: settings.city.name });
const threshold = (m: string) => catalogue().measure(m).kind === 'threshold';

function paired(predicted: SchoolFigure[], actual: SchoolFigure[]) {
  const both = new Set(predicted.map((f) => f.urn).filter((u) => actual.some((a) => a.urn === u)));
  return { predicted: predicted.filter((f) => both.has(f.urn)), actual: actual.filter((f) => both.has(f.urn)) };
}

export async function predictionAccuracy(
  store: Store,
  o: { academicYear: string; keyStage: string; round: string; levels: Level[] },
): Promise<AccuracyRow[]> {
  const q = { academicYear: o.academicYear, keyStage: o.keyStage };
  const { predicted, actual } = paired(
    await currentPredictionFigures(store.db, { ...q, round: o.round }),
    await currentPredictionFigures(store.db, { ...q, round: 'Actual' }),
  );
  const kind = (m: string) => catalogue().measure(m).kind;
  const key = (f: { level: string; areaCode: string; pupilGroup: string; measure: string }) =>
    `${f.level}|${f.areaCode}|${f.pupilGroup}|${f.measure}`;
  const actualByKey = new Map(aggregatePredictions(actual, kind, city(), o.levels).map((f) => [key(f), f]));
  return aggregatePredictions(predicted, kind, city(), o.levels).flatMap((p) => {
    const a = actualByKey.get(key(p));
    if (!a) return [];
    const d = p.kind === 'mean' ? 2 : 1;
    const predictedShown = roundTo(p.value, d);
    const actualShown = roundTo(a.value, d);
    return [
      {
        level: p.level,
        areaCode: p.areaCode,
        areaName: p.areaName,
        pupilGroup: p.pupilGroup,
        measure: p.measure,
        predicted: predictedShown,
        actual: actualShown,
        difference: roundTo(predictedShown - actualShown, d),
      },
    ];
  });
}

/** Over every year with both: does each school over- (positive) or under-predict? Threshold measures, in points. */
export async function schoolBias(store: Store, o: { keyStage: string; round: string }): Promise<SchoolBias[]> {
  const years = (
    await store.db
      .selectFrom('returns')
      .select('academic_year')
      .distinct()
      .where('kind', '=', 'predictions')
      .where('period', '=', 'Actual')
      .where('key_stage', '=', o.keyStage)
      .execute()
  ).map((r) => r.academic_year!);
  const errors = new Map<string, { name: string; years: Set<string>; e: number[] }>();
  for (const year of years) {
    const q = { academicYear: year, keyStage: o.keyStage };
    const { predicted, actual } = paired(
      await currentPredictionFigures(store.db, { ...q, round: o.round }),
      await currentPredictionFigures(store.db, { ...q, round: 'Actual' }),
    );
    const actualByKey = new Map(actual.map((a) => [`${a.urn}|${a.pupilGroup}|${a.measure}`, a]));
    for (const p of predicted.filter((f) => threshold(f.measure))) {
      const a = actualByKey.get(`${p.urn}|${p.pupilGroup}|${p.measure}`);
      if (!a || !a.cohort || !p.cohort) continue;
      const entry = errors.get(p.urn) ?? { name: p.schoolName, years: new Set(), e: [] };
      entry.years.add(year);
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
