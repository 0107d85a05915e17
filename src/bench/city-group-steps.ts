// The report of city and groups alone, not published, made both ways (issue 15, item 5): from every
// school's figures read and summed in memory, and from the store's sums (GROUP BY). Each is run three
// times and the median run kept, since the machine may be shared; the two CSVs must be the same.
import { shippedContext } from '../domain/context.js';
import { loadPredictionsInputs, loadPredictionsSums } from '../jobs/predictions-report.js';
import {
  predictionsReportFrom,
  type PredictionsReportOptions,
} from '../publish/predictions/build-predictions-report.js';
import { predictionsCsv } from '../publish/predictions/predictions-csv.js';
import type { Store } from '../store/open-store.js';
import { measureStep, type StepFigures } from './measure-step.js';

export const CITY_GROUP_RUNS = 3;

const options: PredictionsReportOptions = {
  academicYear: '2014/15',
  keyStage: 'KS2',
  round: 'Autumn',
  levels: ['city', 'group'],
  published: false,
};

async function median(step: string, files: number, work: () => Promise<string>) {
  const runs: { result: string; figures: StepFigures }[] = [];
  for (let i = 0; i < CITY_GROUP_RUNS; i++) runs.push(await measureStep(step, files, work));
  runs.sort((a, b) => a.figures.seconds - b.figures.seconds);
  return runs[Math.floor(CITY_GROUP_RUNS / 2)]!;
}

/** The two steps' figures (the median of three runs each), after checking both give the same CSV. */
export async function cityGroupSteps(store: Store, files: number): Promise<StepFigures[]> {
  const context = shippedContext();
  const csvOf = async (inputs: Parameters<typeof predictionsReportFrom>[0]) =>
    predictionsCsv(predictionsReportFrom(inputs, options, context));
  const inMemory = await median(`city and group report, every school's figures summed in memory †`, files, async () =>
    csvOf(await loadPredictionsInputs(store, options, context)),
  );
  const summed = await median(`city and group report, summed in the store (GROUP BY) †`, files, async () =>
    csvOf(await loadPredictionsSums(store, options, context)),
  );
  if (summed.result !== inMemory.result)
    throw new Error('the city and group report summed in the store differs from the one summed in memory');
  return [inMemory.figures, summed.figures];
}
