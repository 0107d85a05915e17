// The predictions report job: (1) the current returns' figures and the national figures from the
// store, (2) the report built from them (publish/predictions/build-predictions-report.ts).
import { shippedContext, type Context } from '../domain/context.js';
import type { Store } from '../store/open-store.js';
import { benchmarkData } from '../store/queries/benchmarks.js';
import { currentPredictionFigures, nationalComparators, predictionRounds } from '../store/queries/predictions.js';
import {
  predictionsReportFrom,
  type PredictionsInputs,
  type PredictionsReportOptions,
} from '../publish/predictions/build-predictions-report.js';
import type { PredictionsReport } from '../publish/predictions/predictions-report.js';

export type { PredictionsReportOptions };

/**
 * What a report is built from, read from the store: this round's figures and the national figures
 * and, published, the year's other rounds.
 */
export async function loadPredictionsInputs(
  store: Store,
  o: Pick<PredictionsReportOptions, 'academicYear' | 'keyStage' | 'round' | 'published' | 'asReturned'>,
  context: Context = shippedContext(),
): Promise<PredictionsInputs> {
  const figures = await currentPredictionFigures(store, o);
  const nationals = (await nationalComparators(store, o.keyStage, o.academicYear)).map((n) => ({
    academicYear: n.academic_year,
    measure: n.measure,
    pupilGroup: n.pupil_group,
    value: n.value,
  }));
  // Published, every round of the year and key stage is one decision, so no two rounds' tables disagree.
  const otherRounds = o.published
    ? await Promise.all(
        (await predictionRounds(store, o))
          .filter((round) => round !== o.round)
          .map(async (round) => ({ round, figures: await currentPredictionFigures(store, { ...o, round }) })),
      )
    : [];
  const { laCode, region } = context.settings.city;
  const benchmarks = await benchmarkData(store, {
    academicYear: o.academicYear,
    cityCode: laCode,
    ...(region ? { regionName: region } : {}),
    definition: { halfTerms: 0, paThreshold: 0 },
  });
  return { figures, nationals, otherRounds, benchmarks };
}

export async function buildPredictionsReport(
  store: Store,
  o: PredictionsReportOptions,
  context: Context = shippedContext(),
): Promise<PredictionsReport> {
  return predictionsReportFrom(await loadPredictionsInputs(store, o, context), o, context);
}
