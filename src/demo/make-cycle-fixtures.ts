// Regenerates the rest of the 2014/15 KS2 cycle: the Spring round (a trust's MIS export, long
// layout) and the Actual results (wide layout), so the demo can compare rounds and judge how
// well each school predicted. `npx tsx src/demo/make-cycle-fixtures.ts`
import { mkdir, writeFile } from 'node:fs/promises';
import { resultsUplift } from './fixture-city-bias.js';
import { buildProforma, longHeader, longLines, wideHeader, wideLines } from './fixture-city-proformas.js';
import { hasKeyStage, SCHOOLS } from './fixture-city-schools.js';
import { csvLines } from './fixture-csv.js';

const ROUND = 3;
const primaries = SCHOOLS.filter((s) => hasKeyStage(s, 'KS2'));
// Two schools have not sent a Spring return, so the comparison shows "x" for them.
const spring = primaries
  .filter((s) => !['110013', '110030'].includes(s.urn))
  .map((s) => buildProforma(s, 'KS2', '2014/15', 0.08));
// Results: some schools did better than they predicted, some worse (pupil standard deviations).
const actual = primaries.map((s) => buildProforma(s, 'KS2', '2014/15', resultsUplift(s.urn)));

const asRound = (round: string) => (line: (string | number)[]) => line.map((v, i) => (i === ROUND ? round : v));

await mkdir('fixtures/proformas/2014-15/KS2-Spring', { recursive: true });
await writeFile(
  'fixtures/proformas/2014-15/KS2-Spring/kingsmere-mis-export-ks2-spring-2014-15.csv',
  csvLines([longHeader(), ...spring.flatMap((p) => longLines(p, 'code').map(asRound('Spring')))], '\n'),
);
await mkdir('fixtures/results/2014-15', { recursive: true });
await writeFile(
  'fixtures/results/2014-15/ks2-actual-results-2014-15.csv',
  csvLines([wideHeader(actual[0]!), ...actual.flatMap((p) => wideLines(p).map(asRound('Actual')))], '\n'),
);
process.stdout.write(`${spring.length} Spring returns and ${actual.length} Actual results written\n`);
