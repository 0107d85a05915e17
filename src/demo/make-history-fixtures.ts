// Regenerates the years before 2014/15 that the forecast learns from (fixture-city-history.ts).
// `npx tsx src/demo/make-history-fixtures.ts`
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { temperament } from './fixture-city-bias.js';
import { historyFiles } from './fixture-city-history.js';
import { hasKeyStage, SCHOOLS } from './fixture-city-schools.js';

for (const [path, text] of historyFiles()) {
  await mkdir(dirname(join('fixtures', path)), { recursive: true });
  await writeFile(join('fixtures', path), text);
  process.stdout.write(`fixtures/${path}\n`);
}
const schools = SCHOOLS.filter((s) => hasKeyStage(s, 'KS2'));
const optimistic = schools.filter((s) => temperament(s.urn) === 'optimistic').length;
process.stdout.write(`${optimistic} optimistic and ${schools.length - optimistic} cautious schools\n`);
