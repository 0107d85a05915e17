// The same proforma as a workbook, as a long CSV and as a wide CSV stores the same figures
// (style.md, habit 9): the readers differ, the meaning does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longCsv, wideCsv } from '../../support/proforma-csv.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { EXAMPLE_COLUMNS, EXAMPLE_MEASURE_CODES } from '../../support/example.js';
import { storedRows, tempStore, type TempStore } from '../../support/temp-store.js';
import { importOne } from '../../support/import-files.js';

// The example with a rate typed for All pupils' RWM L5+ (21% of 58 = 12.18 → 12), Girls' writing
// left blank and "n/a" for EAL maths.
const rows: (string | number | null)[][] = [
  ['All pupils', 58, 46, '21%', 52, 49, 51],
  ['Boys', 30, 22, 5, 26, 24, 27],
  ['Girls', 28, 24, 7, 26, null, 24],
  ['Disadvantaged', 21, 14, 2, 17, 16, 17],
  ['EAL', 19, 15, 3, 16, 16, 'n/a'],
];

let store: TempStore;
beforeAll(async () => {
  store = await tempStore();
});
afterAll(async () => {
  await store.cleanup();
});

describe('a proforma as xlsx, long CSV and wide CSV', () => {
  it('stores identical groups and values from each', async () => {
    const files: [string, Uint8Array | string][] = [
      // In the workbook the rate is a number formatted as a percentage, as Excel holds "21%".
      [
        'alder.xlsx',
        await proformaWorkbook({ columns: EXAMPLE_COLUMNS, rows, cells: { D8: { value: 0.21, numFmt: '0%' } } }),
      ],
      ['alder-long.csv', longCsv([{ measures: EXAMPLE_MEASURE_CODES, rows }])],
      ['alder-wide.csv', wideCsv([{ measures: EXAMPLE_COLUMNS, rows }])],
    ];
    const outcomes = [];
    for (const [name, bytes] of files) outcomes.push(...(await importOne(store, name, bytes)));
    expect(outcomes.map((o) => [o.status, o.messages.map((m) => m.ruleId)])).toEqual(
      Array(3).fill(['accepted', ['cell.percent-converted', 'cell.read-as-blank']]),
    );

    const { groups, values } = await storedRows(store);
    const ofReturn = (id: number | undefined) => ({
      groups: groups.filter((g) => g.return_id === id).map(({ pupil_group, cohort }) => ({ pupil_group, cohort })),
      values: values
        .filter((v) => v.return_id === id)
        .map(({ pupil_group, measure, value, returned }) => ({ pupil_group, measure, value, returned })),
    });
    const [xlsx, long, wide] = outcomes.map((o) => ofReturn(o.returnId));
    expect(xlsx!.groups).toHaveLength(5);
    // 5 groups × 5 measures, less Girls' blank writing and EAL's "n/a" maths.
    expect(xlsx!.values).toHaveLength(23);
    expect(xlsx!.values.find((v) => v.pupil_group === 'all' && v.measure === 'ks2_rwm_l5')).toEqual({
      pupil_group: 'all',
      measure: 'ks2_rwm_l5',
      value: 12,
      returned: '21%',
    });
    expect(long).toEqual(xlsx);
    expect(wide).toEqual(xlsx);
  });
});
