// The accuracy report: (1) the current predicted and Actual figures of each year from the store,
// (2) set against each other by area, or school by school over every year with results.
import type { Level } from '../aggregate/predictions/aggregate-predictions.js';
import {
  accuracyByArea,
  biasBySchool,
  type AccuracyRow,
  type SchoolBias,
  type YearFigures,
} from '../aggregate/predictions/accuracy.js';
import { catalogue } from '../domain/catalogue.js';
import type { Store } from '../store/open-store.js';
import { currentPredictionFigures } from '../store/queries/predictions.js';
import { yearsWithActuals } from '../store/queries/returns-for-period.js';
import { settings } from '../../schemas/settings.schema.js';

const city = () => ({ code: settings.city.laCode, name: settings.city.name });
const kind = (m: string) => catalogue().measure(m).kind;

async function yearFigures(store: Store, academicYear: string, keyStage: string, round: string): Promise<YearFigures> {
  const q = { academicYear, keyStage };
  return {
    academicYear,
    predicted: await currentPredictionFigures(store, { ...q, round }),
    actual: await currentPredictionFigures(store, { ...q, round: 'Actual' }),
  };
}

export async function predictionAccuracy(
  store: Store,
  o: { academicYear: string; keyStage: string; round: string; levels: Level[] },
): Promise<AccuracyRow[]> {
  return accuracyByArea(await yearFigures(store, o.academicYear, o.keyStage, o.round), kind, city(), o.levels);
}

export async function schoolBias(store: Store, o: { keyStage: string; round: string }): Promise<SchoolBias[]> {
  const years: YearFigures[] = [];
  for (const year of await yearsWithActuals(store, o.keyStage))
    years.push(await yearFigures(store, year, o.keyStage, o.round));
  return biasBySchool(years, kind);
}
