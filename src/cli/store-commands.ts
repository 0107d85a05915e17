// store copy: a city's store (an SQLite file, say) moved into another (a region's PostgreSQL), its
// rows counted in both after (issue 15).
import type { Command } from 'commander';
import { cliText } from '../messages/cli-text.js';
import { copyStore } from '../store/copy-store.js';
import { grantCouncil } from '../store/postgres/council-access.js';
import { shownLocation } from '../store/store-location.js';
import { CliError, type CliIO } from './cli-io.js';
import { storePath, withStore } from './store-option.js';

export function registerStoreCommands(program: Command, io: CliIO, exit: (code: number) => void): void {
  const store = program.command('store').description('the store itself');
  store
    .command('grant')
    .description("let a council's PostgreSQL role see and write only its own schools' returns (row-level security)")
    .requiredOption('--la <code>', "the council's LA code, e.g. 874")
    .requiredOption('--role <name>', "the council's PostgreSQL role (made beforehand: createuser NAME)")
    .option('--db <path>', 'the store: postgres://… (default: $SCHOOL_RETURNS_DB)')
    .action(async (flags: { la: string; role: string; db?: string }) => {
      if (!/^\d{3}$/.test(flags.la)) throw new CliError(cliText['flag.la'](flags.la));
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(flags.role)) throw new CliError(cliText['flag.role'](flags.role));
      const outcome = await withStore(flags.db, io, (s) => grantCouncil(s, flags.la, flags.role));
      if (outcome === 'not-postgres') throw new CliError(cliText['store-grant.not-postgres'](storePath(flags.db, io)));
      io.out(cliText['store-grant.done'](flags.role, flags.la));
      exit(0);
    });
  store
    .command('copy')
    .description('copy every return, file, message, challenge and reference row of a store into an empty one')
    .requiredOption('--from <path>', 'the store to copy: an SQLite file, or postgres://…')
    .requiredOption('--to <path>', 'the empty store to copy into: postgres://USER:PASSWORD@HOST/DATABASE, or a file')
    .action(async (flags: { from: string; to: string }) => {
      const [from, to] = [flags.from, flags.to].map((l) => shownLocation(storePath(l, io)));
      const outcome = await withStore(flags.from, io, (source) =>
        withStore(flags.to, io, (target) => copyStore(source, target), { create: true }),
      );
      if ('notEmpty' in outcome) {
        io.err(cliText['store-copy.not-empty'](to!, outcome.notEmpty.map((c) => `${c.table} ${c.to}`).join(', ')));
        return exit(1);
      }
      for (const c of outcome.copied) io.out(cliText['store-copy.table'](c.table, c.from, c.to));
      const whole = outcome.copied.every((c) => c.from === c.to);
      if (whole) io.out(cliText['store-copy.checked'](from!, to!));
      else io.err(cliText['store-copy.counts-differ'](to!));
      exit(whole ? 0 : 1);
    });
}
