// The normalise stage for a prediction proforma, percentages: a rate typed where a count was asked
// becomes round(rate × cohort) with a warning; a rate for an average score is refused (schemas/README.md §1).
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../support/pipeline.js';
import { wideCsv } from '../../support/proforma-csv.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { gist, gistOf, type Where } from '../../messages/expect-message.js';

// All pupils: cohort 58 (B8); RWM L4+ in C8. 79% of 58 = 45.82, which rounds to 46.
const converted = (where: Where) =>
  gistOf('cell.percent-converted', where, {
    measure: 'RWM L4+',
    group: 'All pupils',
    found: '79%',
    cohort: 58,
    count: 46,
  });

async function allPupils(name: string, bytes: Uint8Array | string) {
  const ret = (await parseBytes(name, bytes)).returns[0]!;
  return {
    rwm: ret.groups.find((g) => g.pupilGroup === 'all')!.values.find((v) => v.measure === 'ks2_rwm_l4'),
    messages: ret.messages,
  };
}

describe('normalisePredictions: percentages', () => {
  it('converts a cell formatted as a percentage: 79% of 58 is 46 pupils', async () => {
    const { rwm, messages } = await allPupils(
      'ks2.xlsx',
      await proformaWorkbook({ cells: { C8: { value: 0.79, numFmt: '0%' } } }),
    );
    expect(rwm).toMatchObject({ value: 46, returned: '79%' });
    expect(messages.map(gist)).toEqual([converted({ sheet: 'Predictions', cell: 'C8' })]);
  });

  it('converts text ending in %, in a workbook or a CSV', async () => {
    expect((await allPupils('ks2.xlsx', await proformaWorkbook({ cells: { C8: '79 %' } }))).rwm).toMatchObject({
      value: 46,
      returned: '79 %',
    });
    const csv = wideCsv([{ measures: ['ks2_rwm_l4'], rows: [['All pupils', 58, '79%']] }]);
    const { rwm, messages } = await allPupils('ks2.csv', csv);
    expect(rwm).toMatchObject({ value: 46, returned: '79%' });
    expect(messages.map(gist)).toEqual([converted({ line: 2, column: 'ks2_rwm_l4' })]);
  });

  it('refuses a percentage for an average score (a progress measure)', async () => {
    const bytes = await proformaWorkbook({
      header: [
        ['URN', '110001'],
        ['Key stage', 'KS2'],
        ['Academic year', '2016/17'],
        ['Round', 'Autumn'],
      ],
      columns: ['RWM EXS+', 'Reading progress'],
      rows: [['All pupils', 58, 40, '5%']],
    });
    const ret = (await parseBytes('ks2.xlsx', bytes)).returns[0]!;
    // With four header rows the table's headings are row 6 and All pupils row 7.
    expect(ret.messages.map(gist)).toEqual([
      gistOf(
        'mean.as-percent',
        { sheet: 'Predictions', cell: 'D7' },
        { measure: 'Reading progress', group: 'All pupils', found: '5%' },
      ),
    ]);
  });
});
