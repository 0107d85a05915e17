// A converter academy shares its predecessor's LAESTAB under a new URN (Castlegate School, URN
// 109001, closed 31-08-2014; Castlegate Academy, URN 140001, opened 01-09-2014; both 874/4001):
// a return given by LAESTAB is filed under the school open in the return's year.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerOf } from '../../src/domain/register.js';
import { loadSchools } from '../../src/store/queries/register.js';
import { importOne } from '../support/import-files.js';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import type { TempStore } from '../support/temp-store.js';
import { storedRows } from '../support/temp-store.js';
import { gist, gistOf } from '../messages/expect-message.js';
import { giasStore } from './gias-store.js';

let store: TempStore;
beforeEach(async () => {
  store = await giasStore();
});
afterEach(async () => {
  await store.cleanup();
});

const proforma = (identifier: [string, string], year: string) =>
  proformaWorkbook({
    header: [identifier, ['Key stage', 'KS2'], ['Academic year', year], ['Round', 'Autumn']],
  });

describe('LAESTAB resolved by year', () => {
  it('names the predecessor in its years and the converter from the year it opened', async () => {
    const register = registerOf(await loadSchools(store));
    expect(register.byLaestab('8744001', '2013/14')?.urn).toBe('109001');
    expect(register.byLaestab('8744001', '2014/15')?.urn).toBe('140001');
    // With no year, the school open now.
    expect(register.byLaestab('8744001')?.urn).toBe('140001');
  });

  it('files a proforma given by LAESTAB under the school open in its year', async () => {
    await importOne(store, 'castlegate-2013-14.xlsx', await proforma(['LAESTAB', '874/4001'], '2013/14'));
    await importOne(store, 'castlegate-2014-15.xlsx', await proforma(['LAESTAB', '874/4001'], '2014/15'));
    const returns = (await storedRows(store)).returns;
    expect(returns.map((r) => [r.academic_year, r.status, r.urn])).toEqual([
      ['2013/14', 'accepted', '109001'],
      ['2014/15', 'accepted', '140001'],
    ]);
  });

  it("refuses a return under the converter's URN for a year before it opened, saying when it opened", async () => {
    const [outcome] = await importOne(store, 'academy.xlsx', await proforma(['URN', '140001'], '2013/14'));
    expect(outcome!.status).toBe('refused');
    expect(outcome!.messages.map(gist)).toEqual([
      gistOf(
        'school.not-open-yet',
        { sheet: 'Predictions', cell: 'B1' },
        { identifier: 'URN 140001', name: 'Castlegate Academy', opened: '2014-09-01', year: '2013/14' },
      ),
    ]);
  });
});
