#!/usr/bin/env node
// The one command-line boundary: parses flags, calls the library, prints, and owns exit codes.
// A stack trace is a bug: users see one line, and --debug shows the trace.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { cliText } from '../messages/cli-text.js';
import { registerChartsCommand } from './charts.js';
import { CliError, processIO, type CliIO } from './cli-io.js';
import { registerCycleCommands } from './cycle-commands.js';
import { registerExplainCommand } from './explain.js';
import { fileSystemProblem } from './file-system-problem.js';
import { registerImportCommand } from './import.js';
import { registerTemplateCommands } from './template-commands.js';
import { registerReferenceCommands } from './reference-commands.js';
import { registerReportCommands } from './report.js';
import { registerValidatedCommands } from './validated-commands.js';
import { registerStoreCommands } from './store-commands.js';
import { packageVersion } from './version.js';

/** After the top-level help: examples, then where to read more. */
const topHelpTail = () =>
  ['', cliText['help.examples-title'], ...cliText['help.examples'].map((e) => `  ${e}`), '']
    .concat(cliText['help.per-command'], cliText['help.formats'])
    .join('\n');

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const exit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('school-returns')
    .description(
      "a city's school returns: prediction proformas and attendance, imported, checked, aggregated and published",
    )
    .version(packageVersion(), '--version', cliText['help.version'])
    .addHelpText('after', topHelpTail())
    .option('--debug', 'show the stack trace of an internal error')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  registerImportCommand(program, io, exit);
  registerReferenceCommands(program, io, exit);
  registerValidatedCommands(program, io, exit);
  registerReportCommands(program, io, exit);
  registerChartsCommand(program, io, exit);
  registerCycleCommands(program, io, exit);
  registerTemplateCommands(program, io, exit);
  registerStoreCommands(program, io, exit);
  registerExplainCommand(program, io, exit);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      io.err(cliText['failure.line'](error.message));
      return error.exitCode;
    }
    const fileProblem = fileSystemProblem(error);
    if (fileProblem) {
      io.err(cliText['failure.line'](fileProblem));
      return 2;
    }
    io.err(cliText['failure.internal'](String((error as Error)?.message ?? error)));
    if (argv.includes('--debug')) io.err(String((error as Error)?.stack));
    else io.err(cliText['failure.bug']);
    return 70;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  // Output piped into `head` or a closed pager: stop quietly, as other command-line tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  runCli(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
