import type { Command } from 'commander';
import { keyStageFlag, yearFlag } from './catalogue-flags.js';
import { catalogue } from '../domain/catalogue.js';
import { makeTemplates } from '../jobs/make-templates.js';
import { cliText } from '../messages/cli-text.js';
import { CliError, type CliIO } from './cli-io.js';
import { withStore } from './store-option.js';

type Flags = Record<string, string | boolean | undefined>;

export function registerTemplateCommands(program: Command, io: CliIO, exit: (code: number) => void): void {
  const template = program.command('template').description('write templates for schools to fill in');
  const common = (c: Command) =>
    c
      .requiredOption('--year <year>', 'academic year the return is for, e.g. 2015/16')
      .option('--school <urn>', 'one school, by URN')
      .option('--all', 'every school that should return')
      .requiredOption('--out <dir>', 'the folder to write the templates to')
      .option('--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)');
  const run = async (
    flags: Flags,
    kind: 'predictions' | 'attendance',
    period: string | undefined,
    keyStage?: string,
  ) => {
    const academicYear = yearFlag(flags['year']);
    if (!period)
      throw new CliError(kind === 'predictions' ? cliText['flag.template-round'] : cliText['flag.template-term']);
    if (Boolean(flags['school']) === Boolean(flags['all'])) throw new CliError(cliText['flag.school-or-all']);
    const written = await withStore(flags['db'] as string | undefined, io, (s) =>
      makeTemplates(s, {
        kind,
        academicYear,
        period,
        ...(keyStage ? { keyStage } : {}),
        ...(flags['school'] ? { urn: String(flags['school']) } : {}),
        outDir: String(flags['out']),
      }),
    );
    if (written.length === 0)
      throw new CliError(
        flags['school'] ? cliText['template.no-such-return'](String(flags['school'])) : cliText['template.no-school'],
        1,
      );
    for (const path of written) io.out(cliText['template.wrote'](path));
    io.out(cliText['template.count'](written.length));
    exit(0);
  };
  common(
    template
      .command('predictions')
      .description('prediction proformas (schemas/README.md §1)')
      .requiredOption('--key-stage <ks>', 'EYFS, KS1, KS2 or KS4')
      .requiredOption('--round <round>', 'Autumn, Spring or Summer'),
  ).action(async (flags: Flags) => {
    const keyStage = keyStageFlag(flags['keyStage']);
    await run(flags, 'predictions', catalogue().roundIndex.find(String(flags['round']))?.code, keyStage);
  });
  common(
    template
      .command('attendance')
      .description('termly attendance returns (schemas/README.md §3)')
      .requiredOption('--term <term>', 'Autumn, Spring or Summer'),
  ).action(async (flags: Flags) => run(flags, 'attendance', catalogue().termIndex.find(String(flags['term']))?.code));
}
