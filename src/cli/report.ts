import type { Command } from 'commander';
import { z } from 'zod';
import { parseAcademicYear } from '../catalogue/academic-year.js';
import { catalogue } from '../catalogue/catalogue.js';
import { buildPredictionsReport } from '../report/predictions/build-predictions-report.js';
import { predictionsCsv } from '../report/predictions/predictions-csv.js';
import { predictionsMarkdown } from '../report/predictions/predictions-md.js';
import { predictionsXlsx } from '../report/predictions/predictions-xlsx.js';
import type { PredictionsReport } from '../report/predictions/predictions-report.js';
import { writeFileAtomic } from '../report/write-atomic.js';
import { CliError, type CliIO } from './cli-io.js';
import { registerAttendanceReports } from './report-attendance.js';
import { withStore } from './store-option.js';

const writers: Record<'csv' | 'md' | 'xlsx', (r: PredictionsReport) => Promise<string | Uint8Array> | string> = {
  csv: predictionsCsv,
  md: predictionsMarkdown,
  xlsx: predictionsXlsx,
};

const levelList = z.array(z.enum(['city', 'group', 'school'])).min(1);

/** Flags checked once at the door: names resolved through the catalogue, then frozen. */
export function predictionsOptions(flags: Record<string, string | boolean | undefined>) {
  const cat = catalogue();
  const year = parseAcademicYear(String(flags['year'] ?? ''));
  if (!year) throw new CliError(`--year "${flags['year'] ?? ''}" is not an academic year such as 2014/15`);
  const keyStage = cat.keyStageIndex.find(String(flags['keyStage'] ?? ''))?.code;
  if (!keyStage) throw new CliError(`--key-stage "${flags['keyStage'] ?? ''}" is not one of ${cat.keyStages.map((k) => k.code).join(', ')}`);
  const round = cat.roundIndex.find(String(flags['round'] ?? ''))?.code;
  if (!round) throw new CliError(`--round "${flags['round'] ?? ''}" is not one of ${cat.rounds.map((r) => r.code).join(', ')}`);
  const levels = levelList.safeParse(String(flags['level'] ?? 'city').split(',').map((l) => l.trim()));
  if (!levels.success) throw new CliError(`--level "${flags['level']}" must be city, group or school, or a list such as city,group,school`);
  const format = z.enum(['csv', 'md', 'xlsx']).safeParse(flags['format'] ?? 'csv');
  if (!format.success) throw new CliError(`--format "${flags['format']}" must be csv, md or xlsx`);
  const threshold = flags['threshold'] === undefined ? undefined : Number(flags['threshold']);
  if (threshold !== undefined && !(Number.isInteger(threshold) && threshold >= 0)) throw new CliError('--threshold must be a whole number of pupils');
  return Object.freeze({ academicYear: year, keyStage, round, levels: levels.data, format: format.data, published: Boolean(flags['published']), asReturned: Boolean(flags['asReturned']), ...(threshold !== undefined ? { threshold } : {}) });
}

export function registerReportCommands(program: Command, io: CliIO, exit: (code: number) => void): void {
  const report = program.command('report').description('build reports from the store');
  registerAttendanceReports(report, io, exit);
  report.command('predictions')
    .description('the predictions table by pupil group, with the gap to national')
    .requiredOption('--year <year>', 'academic year, e.g. 2014/15')
    .requiredOption('--key-stage <ks>', 'EYFS, KS1, KS2 or KS4')
    .requiredOption('--round <round>', 'Autumn, Spring, Summer or Actual')
    .option('--level <levels>', 'city, group, school, or a list such as city,group,school', 'city')
    .option('--format <format>', 'csv, md or xlsx', 'csv')
    .option('--out <path>', 'write to a file instead of the screen (xlsx needs one)')
    .option('--published', 'suppress small numbers, for publication')
    .option('--as-returned', 'show figures as the schools returned them, without amendments')
    .option('--threshold <n>', 'the largest count suppressed when published (default from schemas/settings.json)')
    .option('--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)')
    .action(async (flags: Record<string, string | boolean | undefined>) => {
      const options = predictionsOptions(flags);
      if (options.format === 'xlsx' && !flags['out']) throw new CliError('--format xlsx needs --out FILE.xlsx');
      const built = await withStore(flags['db'] as string | undefined, io, (store) => buildPredictionsReport(store, options));
      if (built.rows.length === 0) {
        io.err(`No accepted ${options.keyStage} ${options.round} returns for ${options.academicYear} in the store.`);
      }
      const content = await writers[options.format](built);
      if (flags['out']) {
        await writeFileAtomic(String(flags['out']), content);
        io.out(`Wrote ${flags['out']} (${built.rows.length} rows from ${built.returns} schools' returns)`);
      } else {
        io.out(String(content).trimEnd());
      }
      exit(0);
    });
}
