import type { Command } from 'commander';
import type { Catalogue } from '../domain/catalogue.js';
import { shippedContext } from '../domain/context.js';
import { buildPredictionsReport } from '../jobs/predictions-report.js';
import { cliText } from '../messages/cli-text.js';
import { predictionsCsv } from '../publish/predictions/predictions-csv.js';
import { predictionsMarkdown } from '../publish/predictions/predictions-md.js';
import { predictionsXlsx } from '../publish/predictions/predictions-xlsx.js';
import { xlsxSource, type XlsxSource } from './xlsx-source.js';
import type { PredictionsReport } from '../publish/predictions/predictions-report.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { CliError, type CliIO } from './cli-io.js';
import { registerAttendanceReports } from './report-attendance.js';
import { registerHtmlReport } from './report-html.js';
import { registerProfileReport } from './report-profile.js';
import { registerAccuracyReport, runRoundComparison } from './report-accuracy.js';
import { registerForecastReports } from './report-forecast.js';
import { registerCategoriesReport } from './report-categories.js';
import { predictionsOptions } from './predictions-options.js';
import { registerValidatedReport } from './validated-commands.js';
import { withStore } from './store-option.js';
import { writeEes } from './ees-output.js';
import type { EesPlaces } from '../publish/ees/ees-geography.js';
import { predictionsEes } from '../publish/ees/predictions-ees.js';

type PredictionsWriter = (
  r: PredictionsReport,
  cat: Catalogue,
  source: XlsxSource,
) => Promise<string | Uint8Array> | string;
const writers: Record<'csv' | 'md' | 'xlsx', PredictionsWriter> = {
  csv: predictionsCsv,
  md: predictionsMarkdown,
  xlsx: predictionsXlsx,
};

export function registerReportCommands(program: Command, io: CliIO, exit: (code: number) => void): void {
  const report = program.command('report').description('build reports from the store');
  registerAttendanceReports(report, io, exit);
  registerHtmlReport(report, io, exit);
  registerProfileReport(report, io, exit);
  registerAccuracyReport(report, io, exit);
  registerForecastReports(report, io, exit);
  registerValidatedReport(report, io, exit);
  registerCategoriesReport(report, io, exit);
  report
    .command('predictions')
    .description('the predictions table by pupil group, with the gap to national')
    .requiredOption('--year <year>', 'academic year, e.g. 2014/15')
    .requiredOption('--key-stage <ks>', 'EYFS, KS1, KS2 or KS4')
    .option('--round <round>', 'Autumn, Spring, Summer or Actual')
    .option('--compare <rounds>', 'rounds side by side with the change, e.g. Autumn,Spring (csv, md, xlsx or ees)')
    .option('--level <levels>', 'city, group, school, or a list such as city,group,school', 'city')
    .option('--format <format>', 'csv, md, xlsx, or ees (EES data and metadata files)', 'csv')
    .option('--out <path>', 'write to a file instead of the screen (xlsx needs one; ees needs NAME.csv)')
    .option('--published', 'suppress small numbers, for publication')
    .option('--as-returned', 'show figures as the schools returned them, without amendments')
    .option('--threshold <n>', 'the largest count suppressed when published (default from schemas/settings.json)')
    .option('--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)')
    .action(async (flags: Record<string, string | boolean | undefined>) => {
      if (flags['compare']) return exit((await runRoundComparison(io, flags), 0));
      const options = predictionsOptions(flags);
      if (options.format === 'xlsx' && !flags['out']) throw new CliError(cliText['flag.xlsx-needs-out']);
      const context = shippedContext();
      const built = await withStore(flags['db'] as string | undefined, io, (store) =>
        buildPredictionsReport(store, options, context),
      );
      // A year with no data says so in one line and exits 1: never an empty report.
      if (built.rows.length === 0)
        throw new CliError(cliText['report.no-returns'](options.keyStage, options.round, options.academicYear), 1);
      if (options.format === 'ees') {
        const table = (places: EesPlaces) => predictionsEes(built, context.catalogue, places);
        return exit((await writeEes(io, flags, options.academicYear, table), 0));
      }
      const content = await writers[options.format](built, context.catalogue, xlsxSource(io));
      if (flags['out']) {
        await writeFileAtomic(String(flags['out']), content);
        io.out(cliText['report.wrote-predictions'](String(flags['out']), built.rows.length, built.returns));
      } else {
        io.out(String(content).trimEnd());
      }
      exit(0);
    });
}
