import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { accuracyMarkdown } from '../../../src/publish/accuracy/accuracy-writers.js';
import { areaTableHtml } from '../../../src/publish/html/area-table-html.js';
import { areaTables } from '../../../src/publish/predictions/area-tables.js';
import { predictionsMarkdown } from '../../../src/publish/predictions/predictions-md.js';
import { predictionsXlsx } from '../../../src/publish/predictions/predictions-xlsx.js';
import { report, row } from '../html/report-fixture.js';

// Worked by hand. All pupils: 139 of 183 = 75.96% → 76.0, national 80 → −4.0. Disadvantaged:
// 26 of 40 = 65.0%, national disadvantaged 68 → −3.0; other pupils nationally 83 → −18.0.
// Reading progress, a mean: 0.25 points against national 0 → +0.25.
const city = report([
  row('city', '874', 'all', 76, -4, { areaName: 'Kingsmere', cohort: 183, count: 139 }),
  row('city', '874', 'all', 0.25, 0.25, {
    areaName: 'Kingsmere',
    cohort: 183,
    count: 'z',
    measure: 'ks2_read_prog',
    kind: 'mean',
    nationalRate: 0,
  }),
  row('city', '874', 'disadv', 65, -3, {
    areaName: 'Kingsmere',
    cohort: 40,
    count: 26,
    nationalRate: 68,
    nationalOtherRate: 83,
    gapToNationalOther: -18,
  }),
]);

/** The cells of the md table's body rows, as text. */
const mdCells = (md: string) =>
  md
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Pupil group'))
    .map((l) => l.slice(2, -2).split(' | '));

/** The cells of the html table's body rows, as text, leaving out the comparison row. */
const htmlCells = (page: string) =>
  [...page.matchAll(/<tr>(<th scope="row">[\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((c) => c[1]!),
  );

describe("the predictions report's area tables", () => {
  it('draw the same table in the md and the html, from the same values', () => {
    const md = predictionsMarkdown(city, catalogue());
    expect(mdCells(md)).toEqual([
      ['All pupils', '183', '76.0', '-4.0', '0.25', '+0.25'],
      ['Disadvantaged (FSM/PPG)', '40', '65.0', '-3.0', '', ''],
    ]);
    expect(htmlCells(areaTableHtml(areaTables(city, catalogue())[0]!).markup)).toEqual(mdCells(md));
  });

  it("give the disadvantaged pupils' comparison as a sentence in md and a row in html", () => {
    expect(predictionsMarkdown(city, catalogue())).toContain(
      '\n\nDisadvantaged pupils against other pupils nationally: RWM L4+ 65.0 against 83.0 (gap -18.0).\n',
    );
    const page = areaTableHtml(areaTables(city, catalogue())[0]!).markup;
    expect(page).toContain(
      '<tr class="other"><th scope="row">Disadvantaged (FSM/PPG) vs other pupils nationally: their rate, gap</th><td></td>' +
        '<td class="num" data-group="disadv" data-measure="ks2_rwm_l4" data-quantity="national-other">83.0</td>' +
        '<td class="num below" data-group="disadv" data-measure="ks2_rwm_l4" data-quantity="gap-other">-18.0</td>',
    );
  });

  it('write the numbers as numbers in the xlsx, each with the format of its places and sign', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await predictionsXlsx(city, catalogue())) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Predictions')!;
    const all = sheet.getRow(6);
    expect([1, 2, 3, 4, 5, 6].map((i) => all.getCell(i).value)).toEqual(['All pupils', 183, 76, -4, 0.25, 0.25]);
    expect([3, 4, 5, 6].map((i) => all.getCell(i).numFmt)).toEqual(['0.0', '+0.0;-0.0;0.0', '0.00', '+0.00;-0.00;0.0']);
    // The Data sheet: the rate after the codes, each pupil group and measure with its label beside it.
    const data = workbook.getWorksheet('Data')!;
    expect([7, 8, 9, 10].map((i) => data.getRow(2).getCell(i).value)).toEqual([
      'all',
      'All pupils',
      'ks2_rwm_l4',
      'RWM L4+',
    ]);
    expect(data.getRow(2).getCell(13).value).toBe(76);
  });

  it("split an area's measures into html tables of six, each saying which measures it holds", () => {
    const measures = [
      'ks2_rwm_l4',
      'ks2_rwm_l4b',
      'ks2_rwm_l5',
      'ks2_read_l4',
      'ks2_writ_l4',
      'ks2_mat_l4',
      'ks2_gps_l4',
    ];
    const wide = report(measures.map((measure) => row('city', '874', 'all', 70, -1, { measure })));
    const page = areaTableHtml(areaTables(wide, catalogue())[0]!, 'Kingsmere').markup;
    expect([...page.matchAll(/<caption>([^<]*)<\/caption>/g)].map((m) => m[1])).toEqual([
      'Kingsmere (measures 1–6 of 7)',
      'Kingsmere (measures 7–7 of 7)',
    ]);
    expect(htmlCells(page).map((cells) => cells.length)).toEqual([2 + 2 * 6, 2 + 2 * 1]);
  });
});

describe("the accuracy report's md", () => {
  it("writes a rate's figures to one place and a mean's to two, each difference signed", () => {
    const md = accuracyMarkdown(
      [
        {
          level: 'city',
          areaCode: '874',
          areaName: 'Kingsmere',
          pupilGroup: 'all',
          measure: 'ks2_rwm_l4',
          predicted: 77.9,
          actual: 78.4,
          difference: -0.5,
        },
        {
          level: 'city',
          areaCode: '874',
          areaName: 'Kingsmere',
          pupilGroup: 'all',
          measure: 'ks2_read_prog',
          predicted: 0.5,
          actual: 0.25,
          difference: 0.25,
        },
      ],
      [
        {
          urn: '110004',
          name: 'Beacon_Hill',
          years: ['2013/14', '2014/15'],
          figures: 20,
          meanSignedError: 1.24,
          meanAbsoluteError: 2.06,
        },
      ],
      'KS2 2014/15: Autumn predictions against actual results',
      catalogue(),
    );
    expect(md.split('\n')).toEqual([
      '# KS2 2014/15: Autumn predictions against actual results',
      '',
      'Difference = predicted − actual, in percentage points (means in points): positive means over-predicted.',
      '',
      '## City',
      '',
      '| Pupil group | Measure | Predicted | Actual | Difference |',
      '|---|---|---:|---:|---:|',
      '| All pupils | RWM L4+ | 77.9 | 78.4 | -0.5 |',
      '| All pupils | Reading progress | 0.50 | 0.25 | +0.25 |',
      '',
      '## How well each school predicts (every year in the store)',
      '',
      '| School | Years | Figures | Mean signed error | Mean absolute error |',
      '|---|---|---:|---:|---:|',
      '| Beacon\\_Hill (URN 110004) | 2013/14, 2014/15 | 20 | +1.2 | 2.1 |',
      '',
    ]);
  });
});
