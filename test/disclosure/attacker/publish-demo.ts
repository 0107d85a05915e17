// Writes every `--published` csv of the demo city into a folder, for the attacker to read, and the
// same tables unsuppressed into <out>/internal/: the truth, which the attacker never reads but the
// demo uses to check that every range it finds holds the true value (a wrong model would not).
// `npx tsx test/disclosure/attacker/publish-demo.ts <store> <out-dir>`: a store that does not
// exist yet is built first from the fixtures, so the demo's own reports/ are never touched.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { processIO, type CliIO } from '../../../src/cli/cli-io.js';
import { runCli } from '../../../src/cli/main.js';

/** The fixture imports of the demo (src/demo/demo-steps.ts), without its reports. */
const importSteps: { args: string[]; expectExit?: number }[] = [
  { args: ['register', 'import', 'fixtures/register/edubasealldata.csv', '--la', '874'] },
  { args: ['groups', 'import', 'fixtures/groups/collaborative-groups.csv'] },
  { args: ['comparators', 'import', 'fixtures/comparators/national-attainment.csv'] },
  { args: ['comparators', 'import', 'fixtures/comparators/national-attendance.csv'] },
  { args: ['targets', 'import', 'fixtures/targets/targets.csv'] },
  // Some fixture returns are meant to be refused, so these imports exit 1.
  { args: ['import', 'fixtures/proformas/2014-15'], expectExit: 1 },
  { args: ['import', 'fixtures/proformas/2015-16'] },
  { args: ['import', 'fixtures/results/2014-15'] },
  { args: ['import', 'fixtures/attendance'], expectExit: 1 },
];

/** The prediction tables the fixtures hold: year, key stage, rounds. */
const predictionSets: [string, string, string[]][] = [
  ['2014/15', 'KS2', ['Autumn', 'Spring', 'Actual']],
  ['2014/15', 'KS4', ['Autumn']],
  ['2015/16', 'KS2', ['Autumn']],
  ['2015/16', 'KS4', ['Autumn']],
];
const attendanceTerms: [string, string[]][] = [
  ['2013/14', ['Autumn', 'Spring', 'Summer']],
  ['2014/15', ['Autumn', 'Spring', 'Summer']],
  ['2015/16', ['Autumn', 'Spring']],
];
const phases = ['all', 'primary', 'secondary', 'special'];

const slug = (s: string) => s.replace(/\//g, '-').toLowerCase();

/** Every published command, each with the file it writes (named so the attacker can group them). */
export function publishedCommands(out: string): { args: string[]; file: string }[] {
  const commands: { args: string[]; file: string }[] = [];
  for (const [year, keyStage, rounds] of predictionSets)
    for (const round of rounds) {
      const file = join(out, `predictions-${slug(keyStage)}-${slug(year)}-${slug(round)}.csv`);
      const args = ['report', 'predictions', '--year', year, '--key-stage', keyStage, '--round', round];
      commands.push({ args: [...args, '--level', 'city,group,school', '--published', '--format', 'csv'], file });
    }
  for (const [year, terms] of attendanceTerms)
    for (const term of terms)
      for (const ytd of [false, true])
        for (const phase of phases) {
          const name = `attendance-${slug(year)}-${slug(term)}${ytd ? '-ytd' : ''}-${phase}.csv`;
          const args = ['report', 'attendance', '--year', year, '--term', term, '--phase', phase];
          commands.push({
            args: [...args, ...(ytd ? ['--ytd'] : []), '--published', '--format', 'csv'],
            file: join(out, name),
          });
        }
  return commands;
}

/** Quiet io: the imports print a line per file, which only the failures need. */
function quietIO(): CliIO {
  const io = processIO();
  return { ...io, out: () => undefined };
}

export async function publishDemo(store: string, out: string): Promise<string[]> {
  const io = quietIO();
  if (!existsSync(store)) {
    for (const step of importSteps) {
      const code = await runCli([...step.args, '--db', store], io);
      if (code !== (step.expectExit ?? 0)) throw new Error(`${step.args.join(' ')} exited ${code}`);
    }
  }
  await mkdir(join(out, 'internal'), { recursive: true });
  const written: string[] = [];
  for (const { args, file } of publishedCommands(out)) {
    const internal = join(out, 'internal', basename(file));
    const unsuppressed = args.filter((a) => a !== '--published');
    for (const [argv, path] of [
      [args, file],
      [unsuppressed, internal],
    ] as const) {
      const code = await runCli([...argv, '--out', path, '--db', store], io);
      if (code !== 0) throw new Error(`${argv.join(' ')} exited ${code}`);
    }
    written.push(file);
  }
  return written;
}

const [store, out] = process.argv.slice(2);
if (process.argv[1]?.endsWith('publish-demo.ts')) {
  if (!store || !out) {
    process.stderr.write('usage: npx tsx test/disclosure/attacker/publish-demo.ts <store.sqlite> <out-dir>\n');
    process.exitCode = 2;
  } else {
    publishDemo(store, out).then((files) =>
      process.stdout.write(`wrote ${files.length} published csv files to ${out}\n`),
    );
  }
}
