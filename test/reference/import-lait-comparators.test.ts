// The LAIT long CSV as downloaded: the calendar year an academic year ends, `-` for no data,
// scientific notation and float noise, England, regions and LAs told by their LA number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importComparators } from '../../src/reference/import-comparators.js';
import { emptyStore, type TempStore } from '../support/temp-store.js';
import { LAIT, storedFigures } from './published-sources.js';

let store: TempStore;
beforeEach(async () => {
  store = await emptyStore();
});
afterEach(async () => {
  await store.cleanup();
});

describe('importComparators on the LAIT long CSV', () => {
  it('stores each mapped figure and says what it skipped and why', async () => {
    const result = await importComparators(store, LAIT);
    // 3 absence items × 9 years with a figure, 4 KS2 RWM and 2 Progress 8 figures.
    expect(result).toMatchObject({ refused: false, stored: 33 });
    expect(result.storedByKind).toEqual([
      { what: 'comparator rates (%)', stored: 31 },
      { what: 'comparator means', stored: 2 },
    ]);
    expect(result.messages.map((m) => [m.ruleId, m.facts])).toEqual([
      ['comparators.symbols-skipped', { skipped: 3, kinds: ['- (no data) 3'] }],
      [
        'comparators.unmapped-skipped',
        {
          skipped: 4,
          what: 'LAIT item (short_desc)',
          kinds: ['KS1P_all 2', 'FSM_NEW_KS2_RWM 1', 'SFPriSevPerAbNew 1'],
        },
      ],
    ]);
  });

  it('files a calendar year under the academic year it ends, with its definition', async () => {
    await importComparators(store, LAIT);
    const england = (year: string) => storedFigures(store, { year, level: 'National', keyStage: 'all', group: 'all' });
    // "TotAbs,…,2016,England,4.57,970,NA" and "TotAbs,,2017,England,4.6500000000000004,970,NA"
    expect((await england('2015/16')).map((f) => [f.measure, f.value, f.half_terms, f.pa_threshold])).toEqual([
      ['overall_absence_rate', 4.57, 6, 0],
      ['persistent_absence_rate', 10.5, 6, 10],
    ]);
    expect((await england('2016/17')).find((f) => f.measure === 'overall_absence_rate')).toMatchObject({
      value: 4.65,
      area_code: '970',
      unit: 'percent',
      source: 'lait',
      provisional: 0,
    });
    // "TotAbs,,2020,England,-,970,NA": no 2019/20 figure at all.
    expect(await england('2019/20')).toEqual([]);
  });

  it('tells England, a region and an LA apart by their LA number', async () => {
    await importComparators(store, LAIT);
    const rows = await store.db
      .selectFrom('comparators')
      .select(['geographic_level', 'area_name', 'area_code', 'value'])
      .where('measure', '=', 'ks2_rwm_exs')
      .orderBy('area_code')
      .execute();
    expect(rows).toEqual([
      { geographic_level: 'Local authority', area_name: 'Coventry', area_code: '331', value: 49 },
      { geographic_level: 'Local authority', area_name: 'Peterborough', area_code: '874', value: 43 },
      { geographic_level: 'National', area_name: 'England', area_code: '970', value: 54 },
      { geographic_level: 'Regional', area_name: 'East of England', area_code: '985', value: 53 },
    ]);
    // "DAP_KS4_Prog8,,2017,London (Inner),7.0000000000000007E-2,987,NA"
    const p8 = await storedFigures(store, { year: '2016/17', level: 'Regional', keyStage: 'KS4', group: 'disadv' });
    expect(p8.map((f) => [f.area_name, f.measure, f.value, f.unit])).toEqual([
      ['London (Inner)', 'ks4_p8', 0.07, 'mean'],
    ]);
  });
});
