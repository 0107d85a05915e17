// Regenerates the years before 2014/15 that the forecast learns from: KS2 Autumn predictions and
// Actual results for 2011/12, 2012/13 and 2013/14, each school predicting its pupils as they are
// and its results moved by its stated bias (fixture-city-bias.ts). An academy appears only from
// the year the register has it open, so some records are shorter than others.
// `npx tsx src/demo/make-history-fixtures.ts`
import { mkdir, writeFile } from 'node:fs/promises';
import { historyUplift, temperament } from './fixture-city-bias.js';
import { openBySeptember } from './fixture-city-register.js';
import {
  buildProforma,
  longHeader,
  longLines,
  wideHeader,
  wideLines,
  type AcademicYear,
} from './fixture-city-proformas.js';
import { groupsCsv } from './fixture-city-groups.js';
import { hasKeyStage, SCHOOLS } from './fixture-city-schools.js';
import { csvLines } from './fixture-csv.js';

const ROUND = 3;
const YEARS: AcademicYear[] = ['2011/12', '2012/13', '2013/14'];
const asRound = (round: string) => (line: (string | number)[]) => line.map((v, i) => (i === ROUND ? round : v));

for (const year of YEARS) {
  const folder = year.replace('/', '-');
  const schools = SCHOOLS.filter((s) => hasKeyStage(s, 'KS2') && openBySeptember(s, Number(year.slice(0, 4))));
  const predicted = schools.map((s) => buildProforma(s, 'KS2', year));
  const actual = schools.map((s) => buildProforma(s, 'KS2', year, historyUplift(s.urn, year)));
  await mkdir(`fixtures/proformas/${folder}/KS2-Autumn`, { recursive: true });
  await writeFile(
    `fixtures/proformas/${folder}/KS2-Autumn/kingsmere-ks2-autumn-${folder}.csv`,
    csvLines([longHeader(), ...predicted.flatMap((p) => longLines(p, 'code'))], '\n'),
  );
  await mkdir(`fixtures/results/${folder}`, { recursive: true });
  await writeFile(
    `fixtures/results/${folder}/ks2-actual-results-${folder}.csv`,
    csvLines([wideHeader(actual[0]!), ...actual.flatMap((p) => wideLines(p).map(asRound('Actual')))], '\n'),
  );
  process.stdout.write(`${year}: ${predicted.length} Autumn returns and ${actual.length} Actual results written\n`);
}
// The groups of those years, in a folder of their own: make-fixture-city.ts owns groups/ and keeps
// its file as it was.
const openIn = (urn: string, year: string) =>
  openBySeptember(
    SCHOOLS.find((s) => s.urn === urn)!,
    Number(year.slice(0, 4)),
  );
await mkdir('fixtures/groups-earlier-years', { recursive: true });
await writeFile('fixtures/groups-earlier-years/collaborative-groups-2011-12-to-2013-14.csv', groupsCsv(YEARS, openIn));
const schools = SCHOOLS.filter((s) => hasKeyStage(s, 'KS2'));
const optimistic = schools.filter((s) => temperament(s.urn) === 'optimistic').length;
process.stdout.write(`${optimistic} optimistic and ${schools.length - optimistic} cautious schools\n`);
