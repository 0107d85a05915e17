// The years before 2014/15 that the forecast learns from, as files: KS2 Autumn predictions and
// Actual results for 2011/12, 2012/13 and 2013/14, each school predicting its pupils as they are
// and its results moved by its stated bias (fixture-city-bias.ts), and the collaborative groups of
// those years. An academy appears only from the year the register has it open, so some records
// are shorter than others. Pure: make-history-fixtures.ts writes them, a test compares them.
import { historyUplift } from './fixture-city-bias.js';
import { groupsCsv } from './fixture-city-groups.js';
import {
  buildProforma,
  longHeader,
  longLines,
  wideHeader,
  wideLines,
  type AcademicYear,
} from './fixture-city-proformas.js';
import { openBySeptember } from './fixture-city-register.js';
import { hasKeyStage, SCHOOLS } from './fixture-city-schools.js';
import { csvLines } from './fixture-csv.js';

const ROUND = 3;
export const HISTORY_YEARS: AcademicYear[] = ['2011/12', '2012/13', '2013/14'];
const asRound = (round: string) => (line: (string | number)[]) => line.map((v, i) => (i === ROUND ? round : v));
const openIn = (urn: string, year: string) =>
  openBySeptember(
    SCHOOLS.find((s) => s.urn === urn)!,
    Number(year.slice(0, 4)),
  );

/** Each file's path under fixtures/ and its text. */
export function historyFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const year of HISTORY_YEARS) {
    const folder = year.replace('/', '-');
    const schools = SCHOOLS.filter((s) => hasKeyStage(s, 'KS2') && openIn(s.urn, year));
    const predicted = schools.map((s) => buildProforma(s, 'KS2', year));
    const actual = schools.map((s) => buildProforma(s, 'KS2', year, historyUplift(s.urn, year)));
    files.set(
      `proformas/${folder}/KS2-Autumn/kingsmere-ks2-autumn-${folder}.csv`,
      csvLines([longHeader(), ...predicted.flatMap((p) => longLines(p, 'code'))], '\n'),
    );
    files.set(
      `results/${folder}/ks2-actual-results-${folder}.csv`,
      csvLines([wideHeader(actual[0]!), ...actual.flatMap((p) => wideLines(p).map(asRound('Actual')))], '\n'),
    );
  }
  // In a folder of their own: make-fixture-city.ts owns groups/ and keeps its file as it was.
  files.set('groups-earlier-years/collaborative-groups-2011-12-to-2013-14.csv', groupsCsv(HISTORY_YEARS, openIn));
  return files;
}
