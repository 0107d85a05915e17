// school-returns report html: the Board's paper as one self-contained HTML file; each school's
// tables and charts in its appendix, or (--schools separate) in a file of their own beside it.
import { basename } from 'node:path';
import type { Command } from 'commander';
import { buildHtmlPaper } from '../jobs/html-report.js';
import { cliText } from '../messages/cli-text.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { reportScopeOptions, scopeFlags, type Flags } from './charts.js';
import { CliError, type CliIO } from './cli-io.js';
import { withStore } from './store-option.js';

/** `board.html` → `board-schools.html`, beside it. */
export const schoolsPath = (out: string) => out.replace(/(\.html?)$/i, '-schools$1');
/** `board.html` → `board-explain.html`, beside it: each city and group figure explained (issue 16). */
export const explainPath = (out: string) => out.replace(/(\.html?)$/i, '-explain$1');

export function registerHtmlReport(report: Command, io: CliIO, exit: (code: number) => void): void {
  scopeFlags(
    report
      .command('html')
      .description('the Board paper: city and group tables, charts, attendance and provenance in one HTML file')
      .option(
        '--schools <where>',
        "each school's tables and charts: appendix (after the paper) or separate",
        'appendix',
      )
      .option('--half-term <half>', 'attendance of a half term instead of --term: 1 to 6; not with --published')
      .option('--no-explain', 'no side file explaining each city and group figure (board-explain.html), no links'),
  ).action(async (flags: Flags) => {
    const scope = reportScopeOptions(flags);
    const out = String(flags['out']);
    if (!/\.html?$/i.test(out)) throw new CliError(cliText['flag.html-out'](out));
    const where = String(flags['schools']);
    if (where !== 'appendix' && where !== 'separate') throw new CliError(cliText['flag.schools'](where));
    const built = await withStore(flags['db'] as string | undefined, io, (store) =>
      buildHtmlPaper(store, {
        ...scope,
        generatedAt: io.now(),
        schools: where,
        schoolsFile: basename(schoolsPath(out)),
        ...(flags['explain'] !== false ? { explainFile: basename(explainPath(out)) } : {}),
      }),
    );
    await writeFileAtomic(out, built.paper);
    io.out(cliText['report.wrote-html'](out, Buffer.byteLength(built.paper)));
    if (built.schools !== undefined) {
      await writeFileAtomic(schoolsPath(out), built.schools);
      io.out(cliText['report.wrote-html'](schoolsPath(out), Buffer.byteLength(built.schools)));
    }
    if (built.explain !== undefined) {
      await writeFileAtomic(explainPath(out), built.explain);
      io.out(cliText['report.wrote-html'](explainPath(out), Buffer.byteLength(built.explain)));
    }
    exit(0);
  });
}
