// The predictions report job: (1) the current returns' figures (or, for city and groups not published,
// their sums by GROUP BY) and the national figures from the store, (2) the report built from them
// (publish/predictions/build-predictions-report.ts).
import { shippedContext, type Context } from '../domain/context.js';
import type { Store } from '../store/open-store.js';
import { benchmarkData } from '../store/queries/benchmarks.js';
import { currentPredictionSums } from '../store/queries/prediction-sums.js';
import { currentPredictionFigures, nationalComparators, predictionRounds } from '../store/queries/predictions.js';
import {
  predictionsReportFrom,
  summedInStore,
  type PredictionsInputs,
  type PredictionsReportOptions,
} from '../publish/predictions/build-predictions-report.js';
import type { PredictionsReport } from '../publish/predictions/predictions-report.js';
import { publicationEngine } from './publication-engine.js';

export type { PredictionsReportOptions };

type Scope = Pick<PredictionsReportOptions, 'academicYear' | 'keyStage' | 'round' | 'asReturned'>;

/** What the report's figures are compared with: national figures up to its year, and benchmarks. */
async function comparisons(store: Store, o: Scope, context: Context) {
  const nationals = (await nationalComparators(store, o.keyStage, o.academicYear)).map((n) => ({
    academicYear: n.academic_year,
    measure: n.measure,
    pupilGroup: n.pupil_group,
    value: n.value,
  }));
  const { laCode, region } = context.settings.city;
  const benchmarks = await benchmarkData(store, {
    academicYear: o.academicYear,
    cityCode: laCode,
    ...(region ? { regionName: region } : {}),
    definition: { halfTerms: 0, paThreshold: 0 },
  });
  return { nationals, benchmarks };
}

/**
 * What a report is built from, read from the store: this round's figures and the national figures
 * and, published, the year's other rounds.
 */
export async function loadPredictionsInputs(
  store: Store,
  o: Scope & Pick<PredictionsReportOptions, 'published'>,
  context: Context = shippedContext(),
): Promise<PredictionsInputs> {
  const figures = await currentPredictionFigures(store, o);
  // Published, every round of the year and key stage is one decision, so no two rounds' tables disagree.
  const otherRounds = o.published
    ? await Promise.all(
        (await predictionRounds(store, o))
          .filter((round) => round !== o.round)
          .map(async (round) => ({ round, figures: await currentPredictionFigures(store, { ...o, round }) })),
      )
    : [];
  return { figures, otherRounds, ...(await comparisons(store, o, context)) };
}

/**
 * What a report of city and groups, not published, is built from (summedInStore): the round summed in
 * the store by GROUP BY in place of every school's figures (issue 15, item 5), the same comparisons.
 */
export async function loadPredictionsSums(
  store: Store,
  o: Scope,
  context: Context = shippedContext(),
): Promise<PredictionsInputs> {
  return { figures: [], summed: await currentPredictionSums(store, o), ...(await comparisons(store, o, context)) };
}

export async function buildPredictionsReport(
  store: Store,
  o: PredictionsReportOptions,
  context: Context = shippedContext(),
): Promise<PredictionsReport> {
  const inputs = summedInStore(o)
    ? await loadPredictionsSums(store, o, context)
    : await loadPredictionsInputs(store, o, context);
  return o.published
    ? predictionsReportFrom(inputs, o, context, await publicationEngine())
    : predictionsReportFrom(inputs, o, context);
}
