// `npm run bench [-- --files N] [--report-limit S]`: how fast the import and the city report
// are, and where the import's time goes. (1) generate N proformas and the reference files in a
// temporary folder, (2) open a fresh durable store and load the register, groups and national
// figures, (3) time the import, the re-import, 50,000 refusals in one CSV, the report without and
// with publication (the latter in a child process stopped after S seconds), (4) parsing alone in
// the import's pool of child processes, (5) a stage-by-stage pass in this process, (6) remove the
// folder. The report of city and groups is timed both ways (city-group-steps.ts); --quick times only
// the import and the reports not published. This command is the only place the bench prints.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { findFiles } from '../ingest/find-files.js';
import { importReturns } from '../jobs/import-returns.js';
import { parseInPool } from '../ingest/parse-pool.js';
import { parseWorker } from '../returns/parse-source.js';
import { sourceFile } from '../ingest/read/source-file.js';
import { importComparators } from '../reference/import-comparators.js';
import { importGroups } from '../reference/import-groups.js';
import { importRegister } from '../reference/import-register.js';
import { buildPredictionsReport } from '../jobs/predictions-report.js';
import { predictionsCsv } from '../publish/predictions/predictions-csv.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import type { Store } from '../store/open-store.js';
import { openStore } from '../store/store-location.js';
import { benchLocation, dropBenchSchemas } from './bench-location.js';
import { readPragma } from '../store/pragmas.js';
import { breakdownTable, stepsTable } from './bench-table.js';
import { CITY_GROUP_RUNS, cityGroupSteps } from './city-group-steps.js';
import { generateInputs, MAX_FILES, type BenchInputs } from './generate-proformas.js';
import { measureStep, type StepFigures } from './measure-step.js';
import { REFUSED_RETURNS, refusalsStep } from './refusals-step.js';
import { runReportStep } from './report-step.js';
import { stageBreakdown } from './stage-breakdown.js';

const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const options = Object.freeze(
  z
    .object({
      files: z.coerce.number().int().min(1).max(MAX_FILES).default(2000),
      // A PostgreSQL database to bench a region's store in (issue 15): each store a schema of its own.
      db: z
        .string()
        .regex(/^postgres(ql)?:\/\//i, 'a postgres:// URL')
        .optional(),
      reportLimit: z.coerce.number().positive().default(60),
      // Only the import and the reports not published: the slow steps skipped, to compare the reports.
      quick: z.boolean(),
    })
    .parse({
      files: flag('--files') ?? flag('--schools'),
      reportLimit: flag('--report-limit'),
      db: flag('--db'),
      quick: process.argv.includes('--quick'),
    }),
);
const print = (...lines: string[]) => {
  for (const line of lines) process.stdout.write(`${line}\n`);
};
const IMPORTED_AT = () => new Date(Date.UTC(2014, 11, 1));

/** A fresh store in the bench folder with the register, groups and national figures loaded. */
async function benchStore(dir: string, inputs: BenchInputs, name: string): Promise<Store> {
  const store = await openStore(await benchLocation(dir, name, options.db));
  for (const result of [
    await importRegister(store, inputs.registerPath, ['874']),
    await importGroups(store, inputs.groupsPath),
    await importComparators(store, inputs.nationalPath),
  ]) {
    if (result.refused) throw new Error(`${result.file} was refused: ${result.messages.map((m) => m.text).join('; ')}`);
  }
  return store;
}

function expectAll(what: string, n: number, expected: number): void {
  if (n !== expected) throw new Error(`${what}: ${n} of ${expected}; the bench would measure the wrong thing`);
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'school-returns-bench-'));
  try {
    print(
      `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}, folder ${dir}`,
    );
    const genStart = performance.now();
    const inputs = await generateInputs(dir, options.files);
    print(
      `generated ${options.files} proformas (${(inputs.bytes / options.files / 1024).toFixed(1)} kB each) in ` +
        `${((performance.now() - genStart) / 1000).toFixed(1)} s (not timed below)`,
    );

    const store = await benchStore(dir, inputs, 'store.sqlite');
    if (store.dialect.name === 'sqlite') {
      const journalMode = await readPragma(store, 'journal_mode');
      const synchronous = await readPragma(store, 'synchronous');
      print(`store: journal_mode=${journalMode}, synchronous=${synchronous} (2 = FULL)`, '');
    } else print('store: PostgreSQL, a schema of its own in the database given (--db)', '');

    const steps: StepFigures[] = [];
    const imported = await measureStep('import', options.files, () =>
      importReturns(store, [inputs.returnsDir], { dryRun: false, now: IMPORTED_AT }),
    );
    expectAll(
      'returns accepted',
      imported.result.outcomes.filter((o) => o.status === 'accepted').length,
      options.files,
    );
    steps.push(imported.figures);
    const again = await measureStep('re-import (all already imported)', options.files, () =>
      importReturns(store, [inputs.returnsDir], { dryRun: false, now: IMPORTED_AT }),
    );
    expectAll(
      'returns recognised as already imported',
      again.result.outcomes.filter((o) => o.status === 'already-imported').length,
      options.files,
    );
    steps.push(again.figures);
    if (!options.quick) {
      const refusalsStore = await benchStore(dir, inputs, 'refusals.sqlite');
      steps.push(await refusalsStep(refusalsStore, dir, IMPORTED_AT));
      await refusalsStore.close();
    }
    const draft = await measureStep('city report, not published (no suppression) + CSV', options.files, async () => {
      const built = await buildPredictionsReport(store, {
        academicYear: '2014/15',
        keyStage: 'KS2',
        round: 'Autumn',
        levels: ['city', 'group', 'school'],
        published: false,
      });
      const csv = predictionsCsv(built);
      await writeFileAtomic(join(dir, 'report', 'draft.csv'), csv);
      return built.returns;
    });
    expectAll('returns in the draft report', draft.result, options.files);
    steps.push(draft.figures);
    steps.push(...(await cityGroupSteps(store, options.files)));
    await store.close();
    if (options.quick) {
      print(...stepsTable(steps), `† the median of ${CITY_GROUP_RUNS} runs; both give the same CSV`, '');
      return;
    }
    const report = await runReportStep(
      {
        storePath: await benchLocation(dir, 'store.sqlite', options.db, { existing: true }),
        csvPath: join(dir, 'report', 'predictions.csv'),
        step: 'city report (city,group,school; published) + CSV *',
        files: options.files,
      },
      options.reportLimit,
    );
    if (report.finished) expectAll('returns in the report', report.returns, options.files);
    steps.push(report.figures);
    // Parsing alone, in the pool the import uses for 64 files or more: what the parse costs on
    // the cores when nothing else (hashing, lookups, validation, commits) runs beside it.
    const found = await Promise.all(
      (await findFiles([inputs.returnsDir])).files.map(async (file) => ({
        file,
        source: sourceFile(file.path, file.name, await readFile(file.path)),
      })),
    );
    for (const workers of [1, availableParallelism()]) {
      const pooled = await measureStep(`parse only, import's pool of ${workers}`, options.files, async () => {
        let returns = 0;
        for await (const p of parseInPool(found, parseWorker, workers)) returns += p.parsed.returns.length;
        return returns;
      });
      expectAll(`returns parsed by a pool of ${workers}`, pooled.result, options.files);
      steps.push(pooled.figures);
    }
    print(
      ...stepsTable(steps),
      `† the median of ${CITY_GROUP_RUNS} runs; both give the same CSV`,
      `‡ one CSV of ${REFUSED_RETURNS.toLocaleString('en-GB')} schools not in the register, on a store of its own: ` +
        'each refused and its refusal recorded',
      report.finished
        ? `* in its own process: ${report.rows} rows, ${report.hidden} of them suppressed, ` +
            `${(report.csvBytes / 1048576).toFixed(1)} MB of CSV`
        : `* in its own process, stopped at the limit of ${options.reportLimit} s (--report-limit)`,
      '',
    );

    print('Import, stage by stage (a separate pass in this process on a fresh store, each stage timed on its own):');
    const breakdown = await stageBreakdown(inputs.returnsDir, (name) => benchStore(dir, inputs, name));
    expectAll('returns accepted in the stage pass', breakdown.accepted, options.files);
    print(...breakdownTable(breakdown));
  } finally {
    await dropBenchSchemas();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
