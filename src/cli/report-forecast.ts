// `report forecast` (the calibrated forecast, or with --backtest the method judged on past years)
// and `report if-achieved`: flags to options, one job, one file or the screen.
import type { Command } from 'commander';
import { shippedContext } from '../domain/context.js';
import { buildBacktest, buildForecastReport, buildIfAchievedReport } from '../jobs/forecast-report.js';
import { cliText } from '../messages/cli-text.js';
import { forecastText } from '../messages/forecast-text.js';
import { backtestCsv, backtestMarkdown } from '../publish/forecast/backtest-tables.js';
import { forecastCsv, forecastMarkdown } from '../publish/forecast/forecast-tables.js';
import { forecastXlsx } from '../publish/forecast/forecast-xlsx.js';
import { backtestXlsx, ifAchievedXlsx } from '../publish/forecast/backtest-xlsx.js';
import { xlsxSource } from './xlsx-source.js';
import { ifAchievedCsv, ifAchievedMarkdown } from '../publish/forecast/if-achieved-tables.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { CliError, type CliIO } from './cli-io.js';
import { predictionsOptions } from './predictions-options.js';
import { withStore } from './store-option.js';
import { writeEes } from './ees-output.js';
import { backtestEes, forecastEes, ifAchievedEes } from '../publish/ees/forecast-ees.js';

type Flags = Record<string, string | boolean | undefined>;

async function emit(io: CliIO, flags: Flags, content: string | Uint8Array): Promise<void> {
  if (flags['out']) {
    await writeFileAtomic(String(flags['out']), content);
    io.out(cliText['report.wrote'](String(flags['out'])));
  } else io.out(String(content).trimEnd());
}

/** The predictions report's flags, any of its formats, and a round with predictions in it. */
function options(flags: Flags) {
  const o = predictionsOptions(flags);
  if (o.format === 'xlsx' && !flags['out']) throw new CliError(cliText['flag.xlsx-needs-out']);
  if (o.round === 'Actual') throw new CliError(forecastText['flag.forecast-round']);
  return o;
}

const common = (c: Command) =>
  c
    .requiredOption('--key-stage <ks>', 'EYFS, KS1, KS2 or KS4')
    .option('--round <round>', 'the prediction round', 'Autumn')
    .option('--format <format>', 'csv, md, xlsx, or ees (EES data and metadata files: needs --out NAME.csv)', 'csv')
    .option('--out <path>', 'write to a file instead of the screen')
    .option('--published', 'suppress small numbers, as the predictions report does')
    .option('--threshold <n>', 'the largest count suppressed when published (default from schemas/settings.json)')
    .option('--as-returned', 'figures as the schools returned them, without amendments')
    .option('--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)');

export function registerForecastReports(report: Command, io: CliIO, exit: (code: number) => void): void {
  common(
    report
      .command('forecast')
      .description("each school's prediction corrected for its own record, to group and city, with an interval")
      .option('--year <year>', 'academic year, e.g. 2015/16 (not with --backtest)')
      .option('--level <levels>', 'city, group, school, or a list (--backtest: city,group)')
      .option('--backtest', 'forecast each past year from the years before it, against the raw predictions'),
  ).action(async (flags: Flags) => {
    const context = shippedContext();
    if (flags['backtest']) {
      if (flags['published']) throw new CliError(forecastText['flag.backtest-published']);
      // The backtest runs over every year with results, so it has no --year of its own.
      const { academicYear: _, ...o } = options({ ...flags, year: '2000/01', level: flags['level'] ?? 'city,group' });
      const built = await withStore(flags['db'] as string | undefined, io, (s) => buildBacktest(s, o, context));
      if (built.years.length < 2) io.err(forecastText['backtest.too-few'](o.keyStage, o.round, built.years));
      // A school's group is the latest year's: the backtest spans years, its places one register.
      if (o.format === 'ees')
        return exit(
          (await writeEes(io, flags, built.years.at(-1) ?? '2000/01', (p) => backtestEes(built, context.catalogue, p)),
          0),
        );
      const write = {
        csv: () => backtestCsv(built),
        md: () => backtestMarkdown(built, context.catalogue),
        xlsx: () => backtestXlsx(built, context.catalogue, xlsxSource(io)),
      }[o.format];
      await emit(io, flags, await write());
      return exit(0);
    }
    if (flags['year'] === undefined) throw new CliError(forecastText['flag.forecast-year']);
    const o = options(flags);
    const built = await withStore(flags['db'] as string | undefined, io, (s) => buildForecastReport(s, o, context));
    if (o.format === 'ees')
      return exit((await writeEes(io, flags, o.academicYear, (p) => forecastEes(built, context.catalogue, p)), 0));
    const write = { csv: forecastCsv, md: forecastMarkdown, xlsx: forecastXlsx }[o.format];
    await emit(io, flags, await write(built, context.catalogue, xlsxSource(io)));
    exit(0);
  });
  common(
    report
      .command('if-achieved')
      .description('marked pupil groups: do the predictions improve on last year and close the gap to national?')
      .requiredOption('--year <year>', 'academic year, e.g. 2014/15')
      .option('--level <levels>', 'city, group, school, or a list', 'city,school'),
  ).action(async (flags: Flags) => {
    const context = shippedContext();
    const o = options(flags);
    const built = await withStore(flags['db'] as string | undefined, io, (s) => buildIfAchievedReport(s, o, context));
    if (built.rows.length === 0) io.err(forecastText['if-achieved.none'](o.keyStage, o.academicYear));
    if (o.format === 'ees')
      return exit((await writeEes(io, flags, o.academicYear, (p) => ifAchievedEes(built, context.catalogue, p)), 0));
    const write = {
      csv: () => ifAchievedCsv(built),
      md: () => ifAchievedMarkdown(built, context.catalogue),
      xlsx: () => ifAchievedXlsx(built, context.catalogue, xlsxSource(io)),
    }[o.format];
    await emit(io, flags, await write());
    exit(0);
  });
}
