// `report categories`: each school's category by the rules of schemas/categories.json (or --rules
// FILE), with the rule that placed it and what would move it; csv, md or xlsx.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  categoriesFile,
  shippedCategoryRules,
  type CategoryCondition,
  type CategoryRules,
} from '../../schemas/categories.schema.js';
import type { Catalogue } from '../domain/catalogue.js';
import { shippedContext } from '../domain/context.js';
import { buildCategoriesReport } from '../jobs/categories-report.js';
import { categoriesText } from '../messages/categories-text.js';
import { cliText } from '../messages/cli-text.js';
import { categoriesCsv, categoriesMarkdown, categoriesXlsx } from '../publish/categories/categories-writers.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { keyStageFlag, roundFlag, termFlag, yearFlag } from './catalogue-flags.js';
import { CliError, type CliIO } from './cli-io.js';
import { withStore } from './store-option.js';
import { xlsxSource } from './xlsx-source.js';

type Flags = Record<string, string | boolean | undefined>;

/** The rules file, checked against its shape and the catalogue: every code it names must exist. */
export async function loadCategoryRules(file: string | undefined, cat: Catalogue): Promise<CategoryRules> {
  let rules = shippedCategoryRules;
  const name = file ?? 'schemas/categories.json';
  if (file !== undefined) {
    let parsed;
    try {
      parsed = categoriesFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
    } catch (error) {
      throw new CliError(categoriesText['flag.rules-unreadable'](file, (error as Error).message));
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CliError(categoriesText['flag.rules-unreadable'](file, `${issue.path.join('.')}: ${issue.message}`));
    }
    rules = parsed.data;
  }
  const unknown = (where: string, what: string) =>
    new CliError(categoriesText['flag.rules-unknown'](name, where, what));
  const codes = new Set(rules.categories.map((c) => c.code));
  for (const [keyStage, list] of Object.entries(rules.rules))
    for (const rule of list) {
      const where = `rule ${rule.id} (${keyStage})`;
      if (!codes.has(rule.category)) throw unknown(where, `category ${rule.category}`);
      for (const c of rule.when as CategoryCondition[]) {
        if ('pupilGroup' in c && !cat.pupilGroups.some((g) => g.code === c.pupilGroup))
          throw unknown(where, `pupil group ${c.pupilGroup}`);
        if ('measures' in c)
          for (const m of c.measures) if (!cat.measures.some((x) => x.code === m)) throw unknown(where, `measure ${m}`);
        if (c.figure === 'attendance' && !cat.attendance.rates.some((r) => r.code === c.rate))
          throw unknown(where, `attendance rate ${c.rate}`);
      }
    }
  return rules;
}

const writers = { csv: categoriesCsv, md: categoriesMarkdown, xlsx: categoriesXlsx } as const;

export function registerCategoriesReport(report: Command, io: CliIO, exit: (code: number) => void): void {
  report
    .command('categories')
    .description("each school's category by stated rules, the rule that placed it and what would move it")
    .requiredOption('--year <year>', 'academic year, e.g. 2014/15')
    .requiredOption('--key-stage <ks>', 'EYFS, KS1, KS2 or KS4: the rules of this key stage')
    .option('--round <round>', 'the prediction round the predicted figures come from', 'Autumn')
    .option('--term <term>', "attendance to the end of this term of the year (default: the whole of last year's)")
    .option('--rules <file>', 'a rules file in place of schemas/categories.json (the same shape)')
    .option('--format <format>', 'csv, md or xlsx', 'csv')
    .option('--out <path>', 'write to a file instead of the screen (xlsx needs one)')
    .option('--as-returned', 'figures as the schools returned them, without amendments')
    .option('--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)')
    .action(async (flags: Flags) => {
      const context = shippedContext();
      const format = String(flags['format'] ?? 'csv');
      if (!(format in writers)) throw new CliError(cliText['flag.format-one-of'](format, Object.keys(writers)));
      if (format === 'xlsx' && !flags['out']) throw new CliError(cliText['flag.xlsx-needs-out']);
      const keyStage = keyStageFlag(flags['keyStage']);
      const rules = await loadCategoryRules(flags['rules'] as string | undefined, context.catalogue);
      if (!rules.rules[keyStage])
        throw new CliError(
          categoriesText['flag.no-rules'](keyStage, String(flags['rules'] ?? 'schemas/categories.json'), [
            ...Object.keys(rules.rules),
          ]),
        );
      const o = Object.freeze({
        academicYear: yearFlag(flags['year']),
        keyStage,
        round: roundFlag(flags['round']),
        ...(flags['term'] !== undefined ? { term: termFlag(flags['term']) } : {}),
        rules,
        asReturned: Boolean(flags['asReturned']),
      });
      const built = await withStore(flags['db'] as string | undefined, io, (s) => buildCategoriesReport(s, o, context));
      const content = await writers[format as keyof typeof writers](built, context.catalogue, xlsxSource(io));
      if (flags['out']) {
        await writeFileAtomic(String(flags['out']), content);
        io.out(cliText['report.wrote'](String(flags['out'])));
      } else io.out(String(content).trimEnd());
      exit(0);
    });
}
