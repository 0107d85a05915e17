// school-returns explain: a published figure traced to every return and cell it is made of. The
// figure is named by flags called as the csv outputs' columns are (--level, --area-code,
// --academic-year, --key-stage, --round, --pupil-group, --measure), or by a row of any csv output
// pasted with its header (--row, --header); flags fill what the row lacks, and a flag that says
// otherwise than the row is refused rather than one of them chosen.
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import type { Level } from '../aggregate/predictions/aggregate-predictions.js';
import { catalogue } from '../domain/catalogue.js';
import { shippedContext } from '../domain/context.js';
import { explainPredictionsFigure, type ExplainOptions } from '../jobs/explain-figure.js';
import { cliText } from '../messages/cli-text.js';
import { EXPLAIN_REFUSALS, refusalLine, type ExplainRefusalId } from '../messages/explain-text.js';
import { explanationCsv, explanationMarkdown, explanationXlsx } from '../publish/explain/explanation-tables.js';
import {
  attendanceCsv,
  attendanceExplanationXlsx,
  attendanceMarkdown,
} from '../publish/explain/attendance-explanation.js';
import { xlsxSource } from './xlsx-source.js';
import { explainAttendanceFigure } from '../jobs/explain-attendance.js';
import { attendanceExplainOptions } from './explain-attendance-options.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { keyStageFlag, roundFlag, thresholdFlag, yearFlag } from './catalogue-flags.js';
import { CliError, type CliIO } from './cli-io.js';
import { EXIT } from './exit-codes.js';
import { withStore } from './store-option.js';

type Flags = Record<string, string | boolean | undefined>;

/** The figure's columns, as the csv outputs name them, and the flag of each. */
const KEY_COLUMNS = {
  level: 'level',
  area_code: 'areaCode',
  academic_year: 'academicYear',
  key_stage: 'keyStage',
  round: 'round',
  pupil_group: 'pupilGroup',
  measure: 'measure',
  term: 'term',
  phase: 'phase',
} as const;

type KeyValues = Record<keyof typeof KEY_COLUMNS | 'period', string | undefined>;

const refusal = <Id extends ExplainRefusalId>(
  id: Id,
  exitCode: number,
  ...args: Parameters<(typeof EXPLAIN_REFUSALS)[Id]>
) => new CliError(refusalLine(id, (EXPLAIN_REFUSALS[id] as (...a: unknown[]) => string)(...args)), exitCode);

/** The fields of --row under --header, by column. */
function rowFields(flags: Flags): Record<string, string> {
  if (flags['row'] === undefined && flags['header'] === undefined) return {};
  if (flags['row'] === undefined || flags['header'] === undefined)
    throw refusal('explain.row-unreadable', EXIT.usage, 'give --row and --header together');
  let records: string[][];
  try {
    records = parse(`${String(flags['header'])}\n${String(flags['row'])}\n`, { bom: true, relax_quotes: false });
  } catch (error) {
    throw refusal('explain.row-unreadable', EXIT.usage, String((error as Error).message).split('\n')[0]!);
  }
  const [header, row, ...more] = records;
  if (!header || !row || more.length > 0) throw refusal('explain.row-unreadable', EXIT.usage, 'one line each');
  if (header.length !== row.length)
    throw refusal('explain.row-unreadable', EXIT.usage, `${header.length} columns, ${row.length} fields`);
  return Object.fromEntries(header.map((h, i) => [h.trim(), row[i]!.trim()]));
}

/** Each key column from the row or its flag (--year is --academic-year's other name). */
export function keyValues(flags: Flags): KeyValues {
  const row = rowFields(flags);
  const given: Flags = { ...flags, academicYear: flags['academicYear'] ?? flags['year'] };
  // An attendance row's period says "year to date (Summer)" or the term alone.
  const out = { period: row['period'] || undefined } as KeyValues;
  for (const [column, flag] of Object.entries(KEY_COLUMNS) as [keyof typeof KEY_COLUMNS, string][]) {
    const fromRow = row[column] || undefined;
    const fromFlag = given[flag] === undefined ? undefined : String(given[flag]);
    if (fromRow !== undefined && fromFlag !== undefined && fromRow !== fromFlag)
      throw refusal('explain.row-conflict', EXIT.usage, column, fromRow, fromFlag);
    out[column] = fromRow ?? fromFlag;
  }
  return out;
}

/**
 * Flags to the figure's key, names resolved through the catalogue; a name it lacks goes on to the
 * job, to be refused there with its rule.
 */
export function explainOptions(k: KeyValues, flags: Flags, laCode: string): ExplainOptions {
  const cat = catalogue();
  const level = (k.level ?? 'city') as Level;
  if (!['city', 'group', 'school'].includes(level))
    throw refusal('explain.flag-unknown', EXIT.usage, 'level', level, ['city', 'group', 'school']);
  for (const column of ['academic_year', 'key_stage', 'round', 'measure'] as const)
    if (k[column] === undefined) throw refusal('explain.flag-missing', EXIT.usage, column.replaceAll('_', '-'));
  if (k.area_code === undefined && level !== 'city') throw refusal('explain.flag-missing', EXIT.usage, 'area-code');
  const keyStage = keyStageFlag(k.key_stage);
  const group = k.pupil_group ?? cat.wholeCohort;
  const threshold = thresholdFlag(flags['threshold'], true);
  return Object.freeze({
    level,
    areaCode: k.area_code ?? laCode,
    academicYear: yearFlag(k.academic_year),
    keyStage,
    round: roundFlag(k.round),
    pupilGroup: cat.pupilGroupIndex.find(group)?.code ?? group,
    measure: cat.measureIndexFor(keyStage).find(k.measure!)?.code ?? k.measure!,
    published: Boolean(flags['published']),
    asReturned: Boolean(flags['asReturned']),
    ...(threshold !== undefined ? { threshold } : {}),
  });
}

/** Refused figures: a wrong name is a wrong flag (2); a figure with nothing behind it is nothing to report (1). */
const EXIT_OF: Record<ExplainRefusalId, number> = {
  'explain.flag-missing': EXIT.usage,
  'explain.flag-unknown': EXIT.usage,
  'explain.row-unreadable': EXIT.usage,
  'explain.row-conflict': EXIT.usage,
  'explain.unknown-attendance-measure': EXIT.usage,
  'explain.no-attendance': EXIT.refused,
  'explain.unknown-group': EXIT.usage,
  'explain.unknown-measure': EXIT.usage,
  'explain.unknown-area': EXIT.usage,
  'explain.no-returns': EXIT.refused,
  'explain.no-figure': EXIT.refused,
};

export function registerExplainCommand(program: Command, io: CliIO, exit: (code: number) => void): void {
  program
    .command('explain')
    .description('a published predictions figure traced to every return and cell it is made of')
    .option('--level <level>', 'city, group or school (the csv column level)', undefined)
    .option('--area-code <code>', "the area: a collaborative group's code or a school's URN (default: the city)")
    .option('--academic-year <year>', 'academic year, e.g. 2014/15 (also --year)')
    .option('--year <year>', 'the same as --academic-year')
    .option('--key-stage <ks>', 'EYFS, KS1, KS2 or KS4')
    .option('--round <round>', 'Autumn, Spring, Summer or Actual')
    .option('--term <term>', 'an attendance figure: Autumn, Spring or Summer (the csv column term)')
    .option('--ytd', 'an attendance figure for the year to date up to --term')
    .option('--phase <phase>', 'an attendance report of one phase (the csv column phase; default all)')
    .option('--pupil-group <group>', 'a pupil group by code or label (default: all pupils)')
    .option('--measure <measure>', 'a measure by code or label')
    .option('--row <line>', 'a line of any csv output, to take the figure from (with --header)')
    .option('--header <line>', 'the header line of the csv the --row comes from')
    .option('--published', 'as the publication shows it: a withheld figure is said to be withheld, and no more')
    .option('--threshold <n>', 'the largest count suppressed (default from schemas/settings.json)')
    .option('--as-returned', 'figures as the schools returned them, without amendments')
    .option('--format <format>', 'md, csv or xlsx (needs --out)', 'md')
    .option('--out <path>', 'write to a file instead of the screen')
    .option('--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)')
    .action(async (flags: Flags) => {
      const context = shippedContext();
      const format = String(flags['format']);
      if (format !== 'md' && format !== 'csv' && format !== 'xlsx')
        throw new CliError(cliText['flag.format-one-of'](format, ['md', 'csv', 'xlsx']));
      if (format === 'xlsx' && !flags['out']) throw new CliError(cliText['flag.xlsx-needs-out']);
      const k = keyValues(flags);
      const db = flags['db'] as string | undefined;
      let content: string | Uint8Array;
      if (k.term !== undefined || flags['ytd']) {
        const o = attendanceExplainOptions(k, flags, context.settings.city.laCode);
        const result = await withStore(db, io, (s) => explainAttendanceFigure(s, o, context));
        if (!result.ok) throw new CliError(refusalLine(result.ruleId, result.text), EXIT_OF[result.ruleId]);
        content =
          format === 'csv'
            ? attendanceCsv(result.explanation)
            : format === 'xlsx'
              ? await attendanceExplanationXlsx(result.explanation, xlsxSource(io))
              : attendanceMarkdown(result.explanation);
      } else {
        const o = explainOptions(k, flags, context.settings.city.laCode);
        const result = await withStore(db, io, (s) => explainPredictionsFigure(s, o, context));
        if (!result.ok) throw new CliError(refusalLine(result.ruleId, result.text), EXIT_OF[result.ruleId]);
        content =
          format === 'csv'
            ? explanationCsv(result.explanation)
            : format === 'xlsx'
              ? await explanationXlsx(result.explanation, context.catalogue, xlsxSource(io))
              : explanationMarkdown(result.explanation, context.catalogue);
      }
      if (flags['out']) {
        await writeFileAtomic(String(flags['out']), content);
        io.out(cliText['report.wrote'](String(flags['out'])));
      } else io.out(String(content).trimEnd());
      exit(0);
    });
}
