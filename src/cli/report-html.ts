// school-returns report html: the whole report as one self-contained HTML file.
import type { Command } from 'commander';
import { buildHtmlReport } from '../jobs/html-report.js';
import { cliText } from '../messages/cli-text.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { reportScopeOptions, scopeFlags, type Flags } from './charts.js';
import { CliError, type CliIO } from './cli-io.js';
import { withStore } from './store-option.js';

export function registerHtmlReport(report: Command, io: CliIO, exit: (code: number) => void): void {
  scopeFlags(
    report
      .command('html')
      .description('tables, gap-to-national charts, attendance and provenance in one self-contained HTML file'),
  ).action(async (flags: Flags) => {
    const scope = reportScopeOptions(flags);
    const out = String(flags['out']);
    if (!/\.html?$/i.test(out)) throw new CliError(cliText['flag.html-out'](out));
    const page = await withStore(flags['db'] as string | undefined, io, (store) =>
      buildHtmlReport(store, { ...scope, generatedAt: io.now() }),
    );
    await writeFileAtomic(out, page);
    io.out(cliText['report.wrote-html'](out, Buffer.byteLength(page)));
    exit(0);
  });
}
