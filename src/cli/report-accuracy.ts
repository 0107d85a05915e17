import type { Command } from 'commander';
import { accuracyCsv, accuracyMarkdown } from '../publish/accuracy/accuracy-writers.js';
import { compareRounds, roundChangesCsv, roundChangesMarkdown } from '../jobs/compare-rounds.js';
import { reportText } from '../messages/report-text.js';
import { predictionAccuracy, schoolBias } from '../jobs/accuracy-report.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { catalogue } from '../domain/catalogue.js';
import { cliText } from '../messages/cli-text.js';
import { codesOf } from './catalogue-flags.js';
import { CliError, type CliIO } from './cli-io.js';
import { predictionsOptions } from './predictions-options.js';
import { withStore } from './store-option.js';
import { writeEes } from './ees-output.js';
import type { EesPlaces } from '../publish/ees/ees-geography.js';
import { accuracyEes } from '../publish/ees/accuracy-ees.js';
import { roundChangesEes } from '../jobs/compare-rounds-ees.js';
import { roundChangesXlsx } from '../jobs/compare-rounds-xlsx.js';
import { accuracyXlsx } from '../publish/accuracy/accuracy-xlsx.js';
import { xlsxSource } from './xlsx-source.js';

type Flags = Record<string, string | boolean | undefined>;

async function emit(io: CliIO, flags: Flags, content: string | Uint8Array): Promise<void> {
  if (flags['out']) {
    await writeFileAtomic(String(flags['out']), content);
    io.out(cliText['report.wrote'](String(flags['out'])));
  } else io.out(String(content).trimEnd());
}

/** `report predictions --compare Autumn,Spring`: handled here, called from the predictions command. */
export async function runRoundComparison(io: CliIO, flags: Flags): Promise<void> {
  const cat = catalogue();
  const names = String(flags['compare'])
    .split(',')
    .map((r) => r.trim());
  const rounds = names.map((r) => cat.roundIndex.find(r)?.code);
  const unknown = names.find((_, i) => !rounds[i]);
  if (unknown !== undefined) throw new CliError(cliText['flag.compare-unknown'](unknown, codesOf(cat.rounds)));
  if (rounds.length < 2 || new Set(rounds).size !== rounds.length)
    throw new CliError(cliText['flag.compare-too-few'](String(flags['compare'])));
  const format = String(flags['format'] ?? 'csv');
  if (!['csv', 'md', 'xlsx', 'ees'].includes(format)) throw new CliError(cliText['flag.compare-csv-only']);
  if (format === 'xlsx' && !flags['out']) throw new CliError(cliText['flag.xlsx-needs-out']);
  const o = predictionsOptions({ ...flags, round: rounds[0] });
  const rows = await withStore(flags['db'] as string | undefined, io, (s) => compareRounds(s, o, rounds as string[]));
  const chosen = rounds as string[];
  if (format === 'ees')
    return writeEes(io, flags, o.academicYear, (p) => roundChangesEes(rows, chosen, o.academicYear, cat, p));
  const title = reportText['round-changes.title'](o.keyStage, o.academicYear, chosen);
  if (format === 'xlsx') return emit(io, flags, await roundChangesXlsx(rows, chosen, title, cat, xlsxSource(io)));
  await emit(
    io,
    flags,
    format === 'md' ? roundChangesMarkdown(rows, chosen, title, cat) : roundChangesCsv(rows, chosen, cat),
  );
}

export function registerAccuracyReport(report: Command, io: CliIO, exit: (code: number) => void): void {
  report
    .command('accuracy')
    .description("actual against predicted, by school, collaborative group and city, and each school's prediction bias")
    .requiredOption('--year <year>', 'academic year of the results, e.g. 2014/15')
    .requiredOption('--key-stage <ks>', 'EYFS, KS1, KS2 or KS4')
    .option('--round <round>', 'the prediction round to judge', 'Autumn')
    .option('--level <levels>', 'city, group, school, or a list (default: every level in csv; the city in md, xlsx)')
    .option('--format <format>', 'csv, md or xlsx (a table for each --level), or ees (needs --out NAME.csv)', 'csv')
    .option('--out <path>', 'write to a file instead of the screen')
    .option('--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)')
    .action(async (flags: Flags) => {
      // md and xlsx are read by a person; csv and ees are data.
      const md = flags['format'] === 'md' || flags['format'] === 'xlsx';
      // The csv is data: every level unless asked. The md is read: the city and each school's bias
      // unless asked, as a table of every school's every figure runs to thousands of lines.
      const asked = flags['level'] !== undefined;
      const o = predictionsOptions({ ...flags, level: asked ? flags['level'] : md ? 'city' : 'city,group,school' });
      if (o.format === 'xlsx' && !flags['out']) throw new CliError(cliText['flag.xlsx-needs-out']);
      if (o.round === 'Actual') throw new CliError(cliText['flag.accuracy-round']);
      const [rows, bias] = await withStore(
        flags['db'] as string | undefined,
        io,
        async (s) => [await predictionAccuracy(s, o), await schoolBias(s, o)] as const,
      );
      // Nothing to compare is said in one line and exit 1, never an empty report.
      if (rows.length === 0) throw new CliError(cliText['accuracy.no-pairs'](o.round, o.keyStage, o.academicYear), 1);
      const title = cliText['accuracy.title'](o.keyStage, o.academicYear, o.round);
      const levels = asked ? o.levels : undefined;
      if (o.format === 'ees') {
        const ees = (p: EesPlaces) => accuracyEes(rows, bias, o, catalogue(), p);
        return exit((await writeEes(io, flags, o.academicYear, ees), 0));
      }
      if (o.format === 'xlsx') {
        await emit(
          io,
          flags,
          await accuracyXlsx({ rows, bias, title, ...(levels ? { levels } : {}) }, catalogue(), xlsxSource(io)),
        );
        return exit(0);
      }
      await emit(io, flags, md ? accuracyMarkdown(rows, bias, title, catalogue(), levels) : accuracyCsv(rows, bias));
      exit(0);
    });
}
