// school-returns charts: each chart of a report as SVG, PNG and the CSV of its numbers.
// Flags are checked here, once; the library builds the charts; this file writes and prints.
import { join } from 'node:path';
import type { Command } from 'commander';
import { catalogue } from '../domain/catalogue.js';
import { buildReportCharts } from '../jobs/charts/report-charts.js';
import { chartCsv, chartPublishedTable } from '../publish/report-charts/chart-csv.js';
import { symbolLegend } from '../publish/table/symbol-legend.js';
import { writeSymbolsNote } from './symbols-note.js';
import { chartMeasure, type ReportScope } from '../publish/report-charts/report-charts.js';
import { renderPng, renderSvg } from '../publish/charts/index.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { cliText } from '../messages/cli-text.js';
import { codesOf, keyStageFlag, phaseFlag, roundFlag, termFlag, thresholdFlag, yearFlag } from './catalogue-flags.js';
import { CliError, type CliIO } from './cli-io.js';
import { periodFlags, refusePublishedHalfTerm } from './period-flags.js';
import { withStore } from './store-option.js';

export type Flags = Record<string, string | boolean | undefined>;

/**
 * The report's scope from the flags: year, key stage, round, optional term (with the year to date
 * and a phase), measure, published. Frozen.
 */
export function reportScopeOptions(flags: Flags): Readonly<ReportScope> {
  const cat = catalogue();
  const academicYear = yearFlag(flags['year']);
  const keyStage = keyStageFlag(flags['keyStage']);
  const round = roundFlag(flags['round']);
  // --half-term (the charts only): a half term in place of --term (period-flags.ts).
  const { term, halfTerm } =
    flags['halfTerm'] === undefined
      ? { term: flags['term'] === undefined ? undefined : termFlag(flags['term']), halfTerm: undefined }
      : periodFlags(flags['term'], flags['halfTerm']);
  refusePublishedHalfTerm(halfTerm, flags['published']);
  const threshold = thresholdFlag(flags['threshold'], flags['published']);
  // The year to date and a phase are of the attendance, so they need its term.
  for (const flag of ['ytd', 'phase'] as const)
    if (flags[flag] !== undefined && term === undefined) throw new CliError(cliText['flag.needs-term'](`--${flag}`));
  const phase = phaseFlag(flags['phase']);
  const found =
    flags['measure'] === undefined ? undefined : cat.measureIndexFor(keyStage).find(String(flags['measure']))?.code;
  // A measure given but not of this key stage and year is an error, never the headline instead.
  const measure =
    found && cat.measuresFor(keyStage, academicYear).some((m) => m.code === found)
      ? found
      : flags['measure'] === undefined
        ? undefined
        : '';
  const scope: ReportScope = {
    academicYear,
    keyStage,
    round,
    published: Boolean(flags['published']),
    ...(term ? { term } : {}),
    ...(halfTerm ? { halfTerm } : {}),
    ...(flags['ytd'] ? { yearToDate: true } : {}),
    ...(phase !== 'all' ? { phase } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
    ...(measure ? { measure } : {}),
  };
  if (measure === '' || !chartMeasure(scope, cat)) {
    const inForce = codesOf(cat.measuresFor(keyStage, academicYear));
    throw new CliError(
      flags['measure'] === undefined
        ? cliText['flag.no-headline'](keyStage, academicYear, inForce)
        : cliText['flag.measure'](String(flags['measure']), keyStage, academicYear, inForce),
    );
  }
  return Object.freeze(scope);
}

/** The flags the charts and the HTML report share. */
export function scopeFlags(c: Command): Command {
  return c
    .requiredOption('--year <year>', 'academic year, e.g. 2014/15')
    .requiredOption('--key-stage <ks>', 'EYFS, KS1, KS2 or KS4')
    .requiredOption('--round <round>', 'Autumn, Spring, Summer or Actual')
    .option('--term <term>', 'add attendance for this term of the year: Autumn, Spring or Summer')
    .option('--ytd', 'with --term: attendance for the year to date up to that term, summed from sessions')
    .option('--phase <phase>', 'with --term: attendance of one phase: nursery, primary, secondary, special or pru')
    .option('--measure <code>', "the measure the charts show (default: the key stage's headline measure)")
    .option('--published', 'suppress small numbers in tables and charts, for publication')
    .option('--threshold <n>', 'the largest count suppressed when published (default from schemas/settings.json)')
    .option('--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)')
    .requiredOption('--out <path>', 'where to write');
}

export function registerChartsCommand(program: Command, io: CliIO, exit: (code: number) => void): void {
  scopeFlags(
    program
      .command('charts')
      .description('each gap-to-national and attendance chart as SVG and PNG, with the CSV of its numbers'),
  )
    .option('--half-term <half>', 'attendance of a half term instead of --term: 1 to 6, or Autumn 1 … Summer 2')
    .action(async (flags: Flags) => {
      const scope = reportScopeOptions(flags);
      const built = await withStore(flags['db'] as string | undefined, io, (store) => buildReportCharts(store, scope));
      if (built.predictions.rows.length === 0) {
        throw new CliError(cliText['report.no-returns'](scope.keyStage, scope.round, scope.academicYear), 1);
      }
      if (scope.term && !built.attendance)
        io.err(cliText['charts.no-attendance'](scope.halfTerm ?? scope.term, scope.academicYear));
      for (const w of built.withheldCharts) io.err(cliText['charts.withheld'](w.slug, w.reason));
      const out = String(flags['out']);
      const withSymbols: string[] = [];
      for (const named of [...built.predictionCharts, ...built.attendanceCharts]) {
        if (symbolLegend([chartPublishedTable(named.chart.table)])) withSymbols.push(`${named.slug}.csv`);
        const svg = await renderSvg(named.chart.spec);
        const files: [string, string | Uint8Array][] = [
          [`${named.slug}.svg`, svg],
          [`${named.slug}.png`, renderPng(svg)],
          [`${named.slug}.csv`, chartCsv(named.chart.table)],
        ];
        for (const [name, content] of files) {
          await writeFileAtomic(join(out, name), content);
          io.out(join(out, name));
        }
      }
      if (withSymbols.length > 0) await writeSymbolsNote(out, withSymbols, io);
      exit(0);
    });
}
