// A child process of the bench: builds the published city report from the store it is given,
// writes the CSV, and sends back the step's figures. In its own process so the bench can stop
// it at a time limit (the disclosure audit's time grows steeply with the number of schools).
import { buildPredictionsReport } from '../jobs/predictions-report.js';
import { predictionsCsv } from '../publish/predictions/predictions-csv.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { openStore } from '../store/store-location.js';
import { measureStep, type StepFigures } from './measure-step.js';

export interface ReportJob {
  storePath: string;
  csvPath: string;
  step: string;
  files: number;
}
export interface ReportReply {
  figures: StepFigures;
  rows: number;
  returns: number;
  csvBytes: number;
  hidden: number;
}

process.once('message', (job: ReportJob) => {
  void (async () => {
    const store = await openStore(job.storePath);
    const { result, figures } = await measureStep(job.step, job.files, async () => {
      const built = await buildPredictionsReport(store, {
        academicYear: '2014/15',
        keyStage: 'KS2',
        round: 'Autumn',
        levels: ['city', 'group', 'school'],
        published: true,
      });
      const csv = predictionsCsv(built);
      await writeFileAtomic(job.csvPath, csv);
      return {
        rows: built.rows.length,
        returns: built.returns,
        csvBytes: csv.length,
        hidden: built.rows.filter((r) => r.rate === 'c').length,
      };
    });
    await store.close();
    process.send!({ figures, ...result } satisfies ReportReply, () => process.exit(0));
  })();
});
