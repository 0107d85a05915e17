import type { Command } from 'commander';
import { accuracyCsv, accuracyMarkdown } from '../publish/accuracy/accuracy-writers.js';
import { compareRounds, roundChangesCsv } from '../jobs/compare-rounds.js';
import { predictionAccuracy, schoolBias } from '../jobs/accuracy-report.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { catalogue } from '../domain/catalogue.js';
import { CliError, type CliIO } from './cli-io.js';
import { predictionsOptions } from './predictions-options.js';
import { withStore } from './store-option.js';

type Flags = Record<string, string | boolean | undefined>;

async function emit(io: CliIO, flags: Flags, content: string): Promise<void> {
  if (flags['out']) {
    await writeFileAtomic(String(flags['out']), content);
    io.out(`Wrote ${flags['out']}`);
  } else io.out(content.trimEnd());
}

/** `report predictions --compare Autumn,Spring`: handled here, called from the predictions command. */
export async function runRoundComparison(io: CliIO, flags: Flags): Promise<void> {
  const cat = catalogue();
  const names = String(flags['compare'])
    .split(',')
    .map((r) => r.trim());
  const rounds = names.map((r) => cat.roundIndex.find(r)?.code);
  const unknown = names.find((_, i) => !rounds[i]);
  if (unknown !== undefined)
    throw new CliError(`--compare: "${unknown}" is not one of ${cat.rounds.map((r) => r.code).join(', ')}`);
  if (rounds.length < 2 || new Set(rounds).size !== rounds.length)
    throw new CliError(`--compare "${flags['compare']}" must list two or more different rounds, e.g. Autumn,Spring`);
  if ((flags['format'] ?? 'csv') !== 'csv')
    throw new CliError('--compare writes CSV only: leave out --format, or give --format csv');
  const o = predictionsOptions({ ...flags, round: rounds[0] });
  const rows = await withStore(flags['db'] as string | undefined, io, (s) => compareRounds(s, o, rounds as string[]));
  await emit(io, flags, roundChangesCsv(rows, rounds as string[]));
}

export function registerAccuracyReport(report: Command, io: CliIO, exit: (code: number) => void): void {
  report
    .command('accuracy')
    .description("actual against predicted, by school, collaborative group and city, and each school's prediction bias")
    .requiredOption('--year <year>')
    .requiredOption('--key-stage <ks>')
    .option('--round <round>', 'the prediction round to judge', 'Autumn')
    .option('--level <levels>', 'city, group, school, or a list', 'city,group,school')
    .option('--format <format>', 'csv or md', 'csv')
    .option('--out <path>')
    .option('--db <path>')
    .action(async (flags: Flags) => {
      const o = predictionsOptions(flags);
      if (o.format === 'xlsx') throw new CliError('--format for the accuracy report is csv or md');
      if (o.round === 'Actual')
        throw new CliError('--round is the prediction round to judge against Actual: Autumn, Spring or Summer');
      const [rows, bias] = await withStore(
        flags['db'] as string | undefined,
        io,
        async (s) => [await predictionAccuracy(s, o), await schoolBias(s, o)] as const,
      );
      if (rows.length === 0)
        io.err(`No school has both a ${o.round} prediction and an Actual return for ${o.keyStage} ${o.academicYear}.`);
      const title = `${o.keyStage} ${o.academicYear}: ${o.round} predictions against actual results`;
      await emit(io, flags, flags['format'] === 'md' ? accuracyMarkdown(rows, bias, title) : accuracyCsv(rows, bias));
      exit(0);
    });
}
