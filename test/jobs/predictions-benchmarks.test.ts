// A report of the fixture city sets its gaps to national, to its statistical neighbours' average and
// to its region side by side. LAIT's 2016 extract (fixtures/sources/, as published, but only its KS2
// RWM lines, and Bolton's and Luton's made "-", no data) imported as downloaded, the city's ten
// neighbours (test/support/neighbours-874.ts), two schools' KS2 2015/16 predictions. Worked by hand.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/domain/catalogue.js';
import { buildPredictionsReport } from '../../src/jobs/predictions-report.js';
import { predictionsCsv } from '../../src/publish/predictions/predictions-csv.js';
import { predictionsMarkdown } from '../../src/publish/predictions/predictions-md.js';
import type { PredictionsReport } from '../../src/publish/predictions/predictions-report.js';
import { importComparators } from '../../src/reference/import-comparators.js';
import { importFolder } from '../support/import-files.js';
import { storeNeighboursOf874 } from '../support/neighbours-874.js';
import { tempStore, writeIn, type TempStore } from '../support/temp-store.js';

const LAIT_2016 = fileURLToPath(new URL('../../fixtures/sources/lait-2016-extract.csv', import.meta.url));

/** 30 pupils, 15 at the expected standard; 20 pupils, 12: the city 27 of 50 = 54.0%. */
const RETURNS = [
  'urn,academic_year,key_stage,round,pupil_group,cohort,measure,value',
  '110001,2015/16,KS2,Autumn,all,30,ks2_rwm_exs,15',
  '110002,2015/16,KS2,Autumn,all,20,ks2_rwm_exs,12',
].join('\n');

let store: TempStore;
let report: PredictionsReport;

beforeAll(async () => {
  store = await tempStore();
  const lait = (await readFile(LAIT_2016, 'utf8'))
    .split('\n')
    // The header and the one item compared, lines as published.
    .filter((line, i) => i === 0 || line.startsWith('KS2RWM_Expected_STD,'))
    .map((line) =>
      /^KS2RWM_Expected_STD,.*,2016,(Bolton|Luton),/.test(line) ? line.replace(/,(\d+),(350|821),/, ',-,$2,') : line,
    )
    .join('\n');
  const imported = await importComparators(store, await writeIn(store, 'lait.csv', lait));
  if (imported.refused) throw new Error(imported.messages.map((m) => m.text).join('; '));
  await storeNeighboursOf874(store);
  await importFolder(store, { 'ks2.csv': RETURNS });
  report = await buildPredictionsReport(store, {
    academicYear: '2015/16',
    keyStage: 'KS2',
    round: 'Autumn',
    levels: ['city'],
    published: false,
  });
});
afterAll(() => store.cleanup());

describe("the city's predictions against national, its neighbours and its region", () => {
  it('gives each gap from the published figures, the neighbours averaged over the eight with a figure', () => {
    const row = report.rows.find((r) => r.pupilGroup === 'all' && r.measure === 'ks2_rwm_exs');
    // England 54. Neighbours with a figure: Coventry 49, Derby 48, Hillingdon 57, Southampton 54, Walsall 50,
    // Rochdale 51, Wolverhampton 53, Thurrock 51: 413 / 8 = 51.625, shown 51.6, so 54.0 − 51.6 = +2.4.
    // East of England 53: +1.0. Only Hillingdon (57) is above 54.0: rank 2 of 9. Not every LA: no quartile.
    expect(row).toMatchObject({
      rate: 54,
      nationalRate: 54,
      gapToNational: 0,
      neighbourAverage: 51.6,
      neighboursWithData: 8,
      neighbours: 10,
      gapToNeighbours: 2.4,
      regionName: 'East of England',
      regionRate: 53,
      gapToRegion: 1,
      rankAmongNeighbours: 2,
      rankedWithNeighbours: 9,
      nationalQuartile: 'x',
    });
  });

  it('prints them side by side in the city table of benchmarks, and as columns of the csv', () => {
    const md = predictionsMarkdown(report, catalogue()).split('\n');
    expect(md).toContain('| All pupils | RWM EXS+ | 54.0 | 0.0 | 51.6 | 8 of 10 | +2.4 | 53.0 | +1.0 | 2 of 9 | x |');
    const [header, ...lines] = predictionsCsv(report).trimEnd().split('\n');
    expect(header).toMatch(
      /,gap_to_national_other,neighbours_average_rate,neighbours_with_data,neighbours,gap_to_neighbours,region,/,
    );
    expect(lines.find((l) => l.includes(',all,ks2_rwm_exs,'))).toMatch(/,51\.6,8,10,2\.4,East of England,53,1,2,9,x$/);
  });
});
