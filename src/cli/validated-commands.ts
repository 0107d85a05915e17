// `validated import FILE --year Y [--la CODES]` and `report validated --year Y --key-stage K`: the
// DfE performance tables' school-level figures (the round Validated) in, and set beside the city's
// own figures school by school (issue 12, item 4).
import { basename } from 'node:path';
import type { Command } from 'commander';
import { shippedContext } from '../domain/context.js';
import { ATTENDANCE, buildValidatedReport } from '../jobs/validated-report.js';
import { cliText } from '../messages/cli-text.js';
import { formatMessage } from '../messages/message.js';
import { validatedText } from '../messages/validated-text.js';
import { validatedCsv, validatedMarkdown } from '../publish/validated/validated-writers.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { importValidated } from '../reference/import-validated.js';
import { keyStageFlag, yearFlag } from './catalogue-flags.js';
import { CliError, type CliIO } from './cli-io.js';
import { withStore } from './store-option.js';
import { eesOut, writeEes } from './ees-output.js';
import { xlsxSource } from './xlsx-source.js';
import { xlsxText } from '../messages/xlsx-text.js';
import { validatedEes } from '../publish/ees/validated-ees.js';
import { validatedXlsx } from '../publish/validated/validated-xlsx.js';

type Flags = Record<string, string | boolean | undefined>;
const FORMATS = ['md', 'csv', 'xlsx', 'ees'];
const DB = ['--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)'] as const;

export function registerValidatedCommands(program: Command, io: CliIO, exit: (code: number) => void): void {
  const city = shippedContext().settings.city.laCode;
  program
    .command('validated')
    .description("the DfE performance tables' school-level figures, the round Validated")
    .command('import')
    .description(
      'import a school-level download of the performance tables as downloaded (absence, KS2 or KS4: ' +
        'LA, ESTAB, URN, ...; schemas/README.md §5)',
    )
    .argument('<file>')
    .requiredOption('--year <year>', 'the academic year the download is of, e.g. 2012/13 (its lines do not say)')
    .option('--la <codes>', `the LA code(s) whose schools to keep (default: the city's, ${city})`)
    .option(...DB)
    .action(async (file: string, flags: Flags) => {
      const academicYear = yearFlag(flags['year']);
      const las = String(flags['la'] ?? city).split(',');
      const result = await withStore(
        flags['db'] as string | undefined,
        io,
        (s) => importValidated(s, file, { academicYear, las }),
        { create: true },
      );
      for (const m of result.messages) io.out(formatMessage(m));
      if (result.refused) {
        io.out(cliText['reference-import.refused'](file));
        return exit(1);
      }
      io.out(validatedText['validated-import.stored'](file, result.stored, result.schools, result.columns));
      exit(0);
    });
}

export function registerValidatedReport(report: Command, io: CliIO, exit: (code: number) => void): void {
  report
    .command('validated')
    .description("the performance tables' validated figures beside the schools' own, school by school")
    .requiredOption('--year <year>', 'academic year, e.g. 2012/13')
    .option(
      '--key-stage <ks>',
      'KS2 or KS4 (against the Actual round), or attendance (against the returns)',
      ATTENDANCE,
    )
    .option('--format <format>', 'md, csv, xlsx, or ees (EES data and metadata files: needs --out NAME.csv)', 'md')
    .option('--out <path>', 'write to a file instead of the screen (xlsx needs one)')
    .option(...DB)
    .action(async (flags: Flags) => {
      const context = shippedContext();
      const academicYear = yearFlag(flags['year']);
      const given = String(flags['keyStage']);
      const keyStage = given.toLowerCase() === ATTENDANCE ? ATTENDANCE : keyStageFlag(given);
      const format = String(flags['format']);
      if (!FORMATS.includes(format)) throw new CliError(cliText['flag.format-one-of'](format, FORMATS));
      if (format === 'ees') eesOut(flags);
      if (format === 'xlsx' && !flags['out']) throw new CliError(cliText['flag.xlsx-needs-out']);
      const laCode = context.settings.city.laCode;
      const r = await withStore(flags['db'] as string | undefined, io, (s) =>
        buildValidatedReport(s, { academicYear, keyStage, laCode }, context),
      );
      if (r.rows.length === 0) throw new CliError(validatedText['validated-report.none'](keyStage, academicYear), 1);
      if (format === 'ees') return exit((await writeEes(io, flags, academicYear, (p) => validatedEes(r, p)), 0));
      // The downloads by name: where they lay on this machine is in the notes, not the source.
      const from = xlsxText['source.validated'](
        context.settings.city.name,
        r.files.map((f) => basename(f)),
      );
      const content =
        format === 'md'
          ? validatedMarkdown(r)
          : format === 'xlsx'
            ? await validatedXlsx(r, xlsxSource(io, from))
            : validatedCsv(r);
      if (flags['out']) {
        await writeFileAtomic(String(flags['out']), content);
        io.out(cliText['report.wrote'](String(flags['out'])));
      } else io.out(String(content).trimEnd());
      exit(0);
    });
}
