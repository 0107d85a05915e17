// status, challenge list, challenge resolve, audit: the return cycle's commands.
import type { Command } from 'commander';
import { auditHistory } from '../jobs/audit-history.js';
import { resolveChallenge } from '../jobs/resolve-challenge.js';
import { returnStatus, type ReturnState } from '../jobs/return-status.js';
import { cliText } from '../messages/cli-text.js';
import { cycleText } from '../messages/cycle-text.js';
import { returnStatusCsv } from '../publish/status/return-status-table.js';
import { currentQueries } from '../store/queries/challenges.js';
import { keyStageFlag, roundFlag, termFlag, yearFlag } from './catalogue-flags.js';
import { CliError, type CliIO } from './cli-io.js';
import { withStore } from './store-option.js';

type Flags = Record<string, string | boolean | undefined>;
const DB = ['--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)'] as const;

function statusQuery(flags: Flags) {
  const academicYear = yearFlag(flags['year']);
  const format = String(flags['format'] ?? 'text');
  if (format !== 'text' && format !== 'csv') throw new CliError(cliText['flag.status-format'](format));
  if (flags['term'] && (flags['keyStage'] || flags['round'])) throw new CliError(cliText['flag.status-both']);
  if (flags['term']) return { kind: 'attendance' as const, academicYear, period: termFlag(flags['term']) as string };
  if (!flags['keyStage'] || !flags['round']) throw new CliError(cliText['flag.status-neither']);
  const keyStage = keyStageFlag(flags['keyStage']);
  const round = roundFlag(flags['round']);
  return { kind: 'predictions' as const, academicYear, keyStage, period: round };
}

export function registerCycleCommands(program: Command, io: CliIO, exit: (code: number) => void): void {
  program
    .command('status')
    .description('who has returned: accepted, accepted with open queries, refused, not returned')
    .requiredOption('--year <year>', 'academic year, e.g. 2014/15')
    .option('--key-stage <ks>', 'for prediction returns: EYFS, KS1, KS2 or KS4 (with --round)')
    .option('--round <round>', 'for prediction returns: Autumn, Spring, Summer or Actual (with --key-stage)')
    .option('--term <term>', 'for attendance returns: Autumn, Spring or Summer')
    .option('--format <format>', 'text or csv (a chase list for a mail merge)', 'text')
    .option(...DB)
    .action(async (flags: Flags) => {
      const statuses = await withStore(flags['db'] as string | undefined, io, (s) =>
        returnStatus(s, statusQuery(flags)),
      );
      if (flags['format'] === 'csv') {
        io.out(returnStatusCsv(statuses).trimEnd());
      } else {
        for (const s of statuses) io.out(cycleText['status.school'](s));
        const count = (state: ReturnState) => statuses.filter((s) => s.state === state).length;
        io.out(
          cycleText['status.summary']({
            schools: statuses.length,
            accepted: count('accepted'),
            withQueries: count('accepted-with-queries'),
            refused: count('refused'),
            missing: count('not-returned'),
          }),
        );
      }
      exit(0);
    });

  const challenge = program.command('challenge').description('queries for School Improvement Advisers to answer');
  challenge
    .command('list')
    .description('queries on current returns')
    .option('--open', 'only those not yet resolved')
    .option(...DB)
    .action(async (flags: Flags) => {
      const queries = await withStore(flags['db'] as string | undefined, io, (s) => currentQueries(s));
      for (const q of queries.filter((x) => !flags['open'] || !x.outcome)) {
        io.out(
          cycleText['query.listed']({
            id: q.id,
            urn: q.urn,
            schoolName: q.school_name,
            keyStage: q.key_stage,
            academicYear: q.academic_year,
            period: q.period,
            sheet: q.sheet,
            cell: q.cell,
            line: q.line,
            text: q.text,
            outcome: q.outcome,
            resolvedBy: q.resolved_by,
          }),
        );
      }
      exit(0);
    });
  challenge
    .command('resolve')
    .description('accept a queried figure, or amend it (the return is kept unchanged)')
    .argument('<id>', 'the query number from challenge list')
    .option('--accept', 'accept the figure as returned')
    .option('--amend <value>', 'the agreed figure, a number of pupils')
    .option('--group <code>', 'the pupil group amended, when the query is about more than one (e.g. boys)')
    .option('--measure <code>', 'the measure amended, when the query is about more than one (e.g. ks2_rwm_l4)')
    .requiredOption('--reason <text>', 'why, in words the audit keeps')
    .requiredOption('--by <name>', 'who agreed it')
    .option(...DB)
    .action(async (id: string, flags: Flags) => {
      if (Boolean(flags['accept']) === (flags['amend'] !== undefined))
        throw new CliError(cliText['flag.accept-or-amend']);
      const amend = flags['amend'] === undefined ? undefined : String(flags['amend']).trim();
      const value = Number(amend);
      if (amend !== undefined && (amend === '' || !Number.isFinite(value)))
        throw new CliError(cliText['flag.amend-not-a-number'](String(flags['amend'])));
      for (const name of ['reason', 'by'] as const) {
        if (String(flags[name]).trim() === '') throw new CliError(cliText['flag.blank'](name));
      }
      if (!/^\d+$/.test(id)) throw new CliError(cliText['flag.query-number'](id));
      const outcome = flags['accept']
        ? { kind: 'accept' as const }
        : {
            kind: 'amend' as const,
            value,
            ...(flags['group'] ? { pupilGroup: String(flags['group']) } : {}),
            ...(flags['measure'] ? { measure: String(flags['measure']) } : {}),
          };
      const result = await withStore(flags['db'] as string | undefined, io, (s) =>
        resolveChallenge(s, {
          messageId: Number(id),
          outcome,
          reason: String(flags['reason']),
          by: String(flags['by']),
          at: io.now(),
        }),
      );
      if (!result.ok) throw new CliError(result.problem, 1);
      io.out(result.text);
      exit(0);
    });

  program
    .command('audit')
    .description("a school's history: returns, supersessions, resolutions and amendments")
    .requiredOption('--school <urn>', "the school's URN (6 digits); its predecessors' returns are included")
    .option(...DB)
    .action(async (flags: Flags) => {
      const entries = await withStore(flags['db'] as string | undefined, io, (s) =>
        auditHistory(s, String(flags['school'])),
      );
      // Nothing at all for the URN is most often a mistyped one: say so, and exit 1 for scripts.
      if (entries.length === 0) throw new CliError(cycleText['audit.nothing'](String(flags['school'])), 1);
      for (const e of entries) io.out(cycleText['audit.entry'](e.at, e.what));
      exit(0);
    });
}
