// register import, groups import, comparators import: one shape, one printer.
import type { Command } from 'commander';
import { cliText, type ReferenceRows } from '../messages/cli-text.js';
import { formatMessage } from '../messages/message.js';
import { importComparators } from '../reference/import-comparators.js';
import { importGroups } from '../reference/import-groups.js';
import { importOfsted } from '../reference/import-ofsted.js';
import { importRegister, type RegisterImportResult } from '../reference/import-register.js';
import { importTargets } from '../reference/import-targets.js';
import type { ReferenceImportResult } from '../reference/reference-result.js';
import type { Store } from '../store/open-store.js';
import type { CliIO } from './cli-io.js';
import { withStore } from './store-option.js';

function report(io: CliIO, what: ReferenceRows, result: ReferenceImportResult): number {
  for (const m of result.messages) io.out(formatMessage(m));
  if (result.refused) {
    io.out(cliText['reference-import.refused'](result.file));
    return 1;
  }
  io.out(cliText['reference-import.stored'](result.file, result.stored, what));
  return 0;
}

/** The register's line of schools stored, and of links where its download held the links file. */
function reportRegister(io: CliIO, result: RegisterImportResult): number {
  if (result.refused || result.links === 0) return report(io, 'schools', result);
  for (const m of result.messages) io.out(formatMessage(m));
  if (result.stored > 0) io.out(cliText['reference-import.stored'](result.file, result.stored, 'schools'));
  io.out(cliText['reference-import.stored'](result.file, result.links, 'links'));
  return 0;
}

export function registerReferenceCommands(program: Command, io: CliIO, exit: (code: number) => void): void {
  const dbOption = ['--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)'] as const;
  const run =
    (what: ReferenceRows, work: (store: Store, file: string) => Promise<ReferenceImportResult>) =>
    async (file: string, flags: { db?: string }) =>
      exit(report(io, what, await withStore(flags.db, io, (s) => work(s, file), { create: true })));

  program
    .command('register')
    .description('the schools register')
    .command('import')
    .description(
      'import GIAS as downloaded: Results.zip, edubasealldata<date>.csv or links_edubasealldata<date>.csv ' +
        '(schemas/README.md §5)',
    )
    .argument('<file>')
    .requiredOption('--la <codes>', 'the LA code(s) whose schools to keep, e.g. 874 or 874,873')
    .option(...dbOption)
    .action(async (file: string, flags: { db?: string; la: string }) =>
      exit(
        reportRegister(
          io,
          await withStore(flags.db, io, (s) => importRegister(s, file, flags.la.split(',')), { create: true }),
        ),
      ),
    );

  program
    .command('groups')
    .description('collaborative groups and triads')
    .command('import')
    .description('import membership: urn,academic_year,collaborative_group,triad (schemas/README.md §5)')
    .argument('<file>')
    .option(...dbOption)
    .action(run('memberships', importGroups));

  program
    .command('comparators')
    .description('national and other comparators')
    .command('import')
    .description(
      'import comparators: time_period,geographic_level,area_name,key_stage,measure,pupil_group,value ' +
        '(schemas/README.md §5)',
    )
    .argument('<file>')
    .option(...dbOption)
    .action(run('comparators', importComparators));

  program
    .command('targets')
    .description("the city's and schools' targets")
    .command('import')
    .description(
      'import targets: academic_year,scope,measure,pupil_group,value (scope city or a URN; schemas/README.md §5)',
    )
    .argument('<file>')
    .option(...dbOption)
    .action(run('targets', importTargets));

  program
    .command('ofsted')
    .description("Ofsted's inspections of the register's schools")
    .command('import')
    .description(
      "import Ofsted's management-information CSV: URN, Overall effectiveness, Inspection start date " +
        '(schemas/README.md §5)',
    )
    .argument('<file>')
    .option(...dbOption)
    .action(run('Ofsted inspections', importOfsted));
}
