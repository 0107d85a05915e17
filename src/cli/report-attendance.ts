import type { Command } from 'commander';
import { buildAttendanceReport } from '../jobs/attendance/attendance-report.js';
import { attendanceCsv, attendanceMarkdown, attendanceXlsx } from '../publish/attendance/attendance-writers.js';
import { concernCsv, concernMarkdown } from '../publish/attendance/concern-report.js';
import { concernXlsx } from '../publish/attendance/concern-xlsx.js';
import { xlsxSource } from './xlsx-source.js';
import type { AttendanceReport } from '../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../domain/catalogue.js';
import { shippedContext } from '../domain/context.js';
import { cliText } from '../messages/cli-text.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { phaseFlag, yearFlag } from './catalogue-flags.js';
import { periodFlags, refusePublishedHalfTerm } from './period-flags.js';
import { CliError, type CliIO } from './cli-io.js';
import { withStore } from './store-option.js';
import { eesOut, writeEes } from './ees-output.js';
import type { EesPlaces } from '../publish/ees/ees-geography.js';
import type { EesTable } from '../publish/ees/ees-table.js';
import { attendanceEes, concernEes } from '../publish/ees/attendance-ees.js';

type Flags = Record<string, string | boolean | undefined>;
type Writer = (r: AttendanceReport, catalogue: Catalogue) => string | Promise<string | Uint8Array>;
type EesOf = (r: AttendanceReport, catalogue: Catalogue, places: EesPlaces) => EesTable;

function attendanceOptions(flags: Flags) {
  const year = yearFlag(flags['year']);
  const { term, halfTerm } = periodFlags(flags['term'], flags['halfTerm']);
  refusePublishedHalfTerm(halfTerm, flags['published'], flags['format']);
  return Object.freeze({
    academicYear: year,
    term,
    ...(halfTerm ? { halfTerm } : {}),
    yearToDate: Boolean(flags['ytd']),
    phase: phaseFlag(flags['phase']),
    published: Boolean(flags['published']),
  });
}

async function run(io: CliIO, flags: Flags, writers: Record<string, Writer>, ees: EesOf): Promise<void> {
  const options = attendanceOptions(flags);
  const format = String(flags['format'] ?? 'csv');
  const write = writers[format];
  if (!write && format !== 'ees')
    throw new CliError(cliText['flag.format-one-of'](format, [...Object.keys(writers), 'ees']));
  if (format === 'ees') eesOut(flags);
  if (format === 'xlsx' && !flags['out']) throw new CliError(cliText['flag.xlsx-needs-out']);
  const context = shippedContext();
  const report = await withStore(flags['db'] as string | undefined, io, (store) =>
    buildAttendanceReport(store, options, context),
  );
  if (!report.schools.some((s) => s.byGroup.get(context.catalogue.wholeCohort)?.status === 'returned'))
    throw new CliError(cliText['report.no-attendance'](options.halfTerm ?? options.term, options.academicYear), 1);
  if (!write) return writeEes(io, flags, options.academicYear, (p) => ees(report, context.catalogue, p));
  const content = await write(report, context.catalogue);
  const returned = report.schools.filter((s) => s.rankOverall !== undefined).length;
  if (flags['out']) {
    await writeFileAtomic(String(flags['out']), content);
    io.out(cliText['report.wrote-attendance'](String(flags['out']), returned, report.schools.length));
  } else io.out(String(content).trimEnd());
}

export function registerAttendanceReports(report: Command, io: CliIO, exit: (code: number) => void): void {
  const common = (c: Command) =>
    c
      .requiredOption('--year <year>', 'academic year, e.g. 2014/15')
      .option('--term <term>', 'Autumn, Spring or Summer (or give --half-term)')
      .option('--half-term <half>', 'a half term instead: 1 to 6, or Autumn 1 … Summer 2; not with --published')
      .option('--ytd', 'the year to date up to --term or --half-term, summed from sessions')
      .option('--phase <phase>', 'primary, secondary, special or all', 'all')
      .option('--published', 'withhold small numbers (persistent absentees, small groups, exclusions), for publication')
      .option('--out <path>', 'write to a file instead of the screen')
      .option('--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)');
  common(
    report
      .command('attendance')
      .description('schools ranked by overall and persistent absence, with trends, gaps and targets'),
  )
    .option('--format <format>', 'csv, md, xlsx, or ees (EES data and metadata files: needs --out NAME.csv)', 'csv')
    .action(async (flags: Flags) => {
      const xlsx: Writer = (r, c) => attendanceXlsx(r, c, xlsxSource(io));
      await run(io, flags, { csv: attendanceCsv, md: attendanceMarkdown, xlsx }, attendanceEes);
      exit(0);
    });
  common(report.command('attendance-concern').description('the schools to target first, with the reasons'))
    .option('--format <format>', 'csv, md, xlsx, or ees (needs --out NAME.csv)', 'md')
    .action(async (flags: Flags) => {
      const xlsx: Writer = (r, c) => concernXlsx(r, c, xlsxSource(io));
      await run(io, flags, { csv: concernCsv, md: concernMarkdown, xlsx }, concernEes);
      exit(0);
    });
}
