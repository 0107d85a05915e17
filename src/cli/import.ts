import type { Command } from 'commander';
import { importReturns, type ImportResult, type ReturnOutcome } from '../jobs/import-returns.js';
import { cliText } from '../messages/cli-text.js';
import { tidyTable } from '../publish/table/tidy-table.js';
import { csvWriter } from '../publish/writers/csv-writer.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import type { CliIO } from './cli-io.js';
import { EXIT } from './exit-codes.js';
import { fileSystemWhy } from './file-system-problem.js';
import { importLines, skippedLine } from './import-lines.js';
import { withStore } from './store-option.js';

interface ImportFlags {
  db?: string;
  dryRun?: boolean;
  report?: string;
  verbose?: boolean;
}

const countOf = (o: ReturnOutcome, severity: string) => o.messages.filter((m) => m.severity === severity).length;

export function summaryLine(result: ImportResult, dryRun: boolean): string {
  const n = (s: ReturnOutcome['status']) => result.outcomes.filter((o) => o.status === s).length;
  const withQueries = result.outcomes.filter((o) => o.status === 'accepted' && countOf(o, 'query') > 0).length;
  return cliText['import.summary']({
    dryRun,
    files: new Set(result.outcomes.map((o) => o.file)).size,
    returns: result.outcomes.length,
    accepted: n('accepted'),
    withQueries,
    refused: n('refused'),
    alreadyImported: n('already-imported'),
    skipped: result.skipped.length,
  });
}

export function registerImportCommand(program: Command, io: CliIO, exit: (code: number) => void): void {
  program
    .command('import')
    .description(
      'import returned proformas and attendance returns ' +
        '(files or folders, recursively; layouts: schemas/README.md §1-4)',
    )
    .argument('<paths...>', 'files or folders')
    .option('--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)')
    .option('--dry-run', 'check everything, store nothing')
    .option('--report <file.csv>', 'write every message to a CSV file')
    .option('--verbose', 'print every return of a many-school file, and every message')
    .action(async (paths: string[], flags: ImportFlags) => {
      const options = {
        dryRun: Boolean(flags.dryRun),
        now: () => io.now(),
        onProgress: (done: number, total: number) => {
          if (total >= 100 && (done % Math.ceil(total / 10) === 0 || done === total))
            io.err(cliText['import.progress'](done, total));
        },
      };
      // A dry run stores nothing, so it does not start a store either.
      const result = await withStore(flags.db, io, (store) => importReturns(store, paths, options), {
        create: !flags.dryRun,
      });
      for (const missing of result.missing) io.err(cliText['import.not-found'](missing));
      for (const line of importLines(result, Boolean(flags.verbose))) io.out(line);
      for (const skipped of result.skipped) io.out(skippedLine(skipped));
      io.out(summaryLine(result, Boolean(flags.dryRun)));
      if (flags.report) {
        const rows = result.outcomes.flatMap((o) =>
          o.messages.map((m) => [
            m.place.file,
            m.place.sheet,
            m.place.cell,
            m.place.line,
            m.place.column,
            m.ruleId,
            m.severity,
            m.text,
          ]),
        );
        try {
          await writeFileAtomic(
            flags.report,
            csvWriter().write([
              tidyTable(
                'import-messages',
                ['file', 'sheet', 'cell', 'line', 'column', 'rule_id', 'severity', 'message'],
                rows,
                new Set(['line']),
              ),
            ]),
          );
        } catch (error) {
          // The import is done and printed above; only its side report failed, and the status says so.
          const problem = fileSystemWhy(error);
          if (!problem) throw error;
          io.err(cliText['failure.line'](cliText['output.side-report-failed'](flags.report, problem.why)));
          return exit(EXIT.sideReportFailed);
        }
        io.out(cliText['import.report-written'](flags.report));
      }
      const refused = result.outcomes.some((o) => o.status === 'refused') || result.missing.length > 0;
      exit(refused ? EXIT.refused : EXIT.ok);
    });
}
